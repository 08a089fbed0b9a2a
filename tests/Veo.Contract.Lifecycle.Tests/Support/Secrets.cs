namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>The API key every test uses: distinctive, so a scan for it cannot match anything else.</summary>
internal static class Secrets
{
    public const string ApiKey = "sk-veo-lifecycle-7Qm2Zx9Lp4Wv";
}
