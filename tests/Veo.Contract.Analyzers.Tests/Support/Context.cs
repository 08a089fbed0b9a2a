namespace Veo.Contract.Analyzers.Tests.Support;

/// <summary>Initializer members the scenarios share: a valid prompt and the models.</summary>
public static class Context
{
    public static readonly (string, string) Prompt = ("Prompt", "\"A lighthouse at dusk\"");
    public static readonly (string, string) Veo31 = ("Model", "\"veo-3.1\"");
    public static readonly (string, string) Veo30 = ("Model", "\"veo-3.0\"");
}
