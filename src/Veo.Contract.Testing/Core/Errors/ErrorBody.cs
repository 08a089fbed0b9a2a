using System.Collections.Generic;
using System.Text;

namespace Veo.Contract.Testing.Core;

/// <summary>
/// Writes the spec's ErrorResponse through its generated DTOs: <c>{"error":{"message","code"}}</c>. With a list of
/// problems, code is the first one's, message joins them all, and <c>violations</c> lists each.
/// </summary>
internal static class ErrorBody
{
    // ErrorDetail.message, ErrorViolation.message and ErrorViolation.field: maxLength 4096.
    private const int MaxMessageLength = 4096;

    // ErrorDetail.violations: maxItems 100; problems past it are left out, as the spec says.
    private const int MaxViolations = 100;

    public static FakeResponse Response(int statusCode, string code, string message)
        => FakeResponse.Json(statusCode, Write(new ErrorDetail { Message = Clean(message), Code = code }));

    public static FakeResponse Response(int statusCode, IReadOnlyList<ErrorEntry> entries)
    {
        var message = new StringBuilder();
        var violations = new List<ErrorViolation>();
        foreach (var entry in entries)
        {
            if (message.Length > 0)
            {
                message.Append(' ');
            }

            message.Append(entry.Message);
            if (violations.Count < MaxViolations)
            {
                violations.Add(new ErrorViolation
                {
                    Code = entry.Code,
                    Field = entry.Field is null ? null : Clean(entry.Field),
                    Message = Clean(entry.Message),
                });
            }
        }

        return FakeResponse.Json(statusCode, Write(new ErrorDetail { Message = Clean(message.ToString()), Code = entries[0].Code, Violations = violations }));
    }

    private static byte[] Write(ErrorDetail error) => JsonOutput.Write(new ErrorResponse { Error = error }, VeoJsonContext.Default.ErrorResponse);

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
