using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Veo.Contract.Testing.Core;

/// <summary>
/// Writes the spec's ErrorResponse: <c>{"error":{"message","code"}}</c>. With several problems, code is the
/// first one's, message joins them all, and an extra <c>violations</c> array lists each (the schema allows extra members).
/// </summary>
internal static class ErrorBody
{
    // ErrorDetail.message: maxLength 4096, no NUL characters.
    private const int MaxMessageLength = 4096;

    public static FakeResponse Response(int statusCode, string code, string message)
        => FakeResponse.Json(statusCode, Write(new[] { new ErrorEntry(code, null, message) }, listViolations: false));

    public static FakeResponse Response(int statusCode, IReadOnlyList<ErrorEntry> entries)
        => FakeResponse.Json(statusCode, Write(entries, listViolations: true));

    private static byte[] Write(IReadOnlyList<ErrorEntry> entries, bool listViolations)
    {
        var message = new StringBuilder();
        foreach (var entry in entries)
        {
            if (message.Length > 0)
            {
                message.Append(' ');
            }

            message.Append(entry.Message);
        }

        return JsonOutput.Object(json =>
        {
            json.WriteStartObject("error");
            json.WriteString("message", Clean(message.ToString()));
            json.WriteString("code", entries[0].Code);
            if (listViolations)
            {
                json.WriteStartArray("violations");
                foreach (var entry in entries)
                {
                    json.WriteStartObject();
                    json.WriteString("code", entry.Code);
                    if (entry.Field is not null)
                    {
                        json.WriteString("field", Clean(entry.Field));
                    }

                    json.WriteString("message", Clean(entry.Message));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        });
    }

    /// <summary>Messages may quote what the caller sent: keep them within the schema's limits.</summary>
    public static string Clean(string text)
    {
        text = text.Replace('\0', '\uFFFD');
        if (text.Length <= MaxMessageLength)
        {
            return text;
        }

        var cut = MaxMessageLength - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text.Substring(0, cut) + "…";
    }
}
