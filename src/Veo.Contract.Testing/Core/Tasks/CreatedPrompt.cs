using System.Text.Json;

namespace Veo.Contract.Testing.Core;

/// <summary>The prompt of a create body the validator accepted, kept so a test can find its task by prompt.</summary>
internal static class CreatedPrompt
{
    public static string Read(byte[] validBody)
    {
        using var document = JsonDocument.Parse(validBody);
        return document.RootElement.GetProperty("prompt").GetString()!;
    }
}
