using System;

namespace Veo.Contract;

/// <summary>Removes the API key from text the client puts into exceptions, in case a server or proxy echoes it.</summary>
internal static class SecretRedactor
{
    public const string Placeholder = "[redacted]";

    public static string? Redact(string? text, string? secret)
    {
        // Keys shorter than 4 characters would match ordinary words; such a key is never valid anyway.
        if (text is null || string.IsNullOrEmpty(secret) || secret!.Length < 4)
        {
            return text;
        }

        return text.IndexOf(secret, StringComparison.Ordinal) < 0 ? text : text.Replace(secret, Placeholder);
    }
}
