using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Veo.Contract.Testing.Tests.Support;

/// <summary>Checks an error answer against the spec's ErrorResponse schema, written out here by hand.</summary>
public static class ErrorBodyAssert
{
    private static readonly Regex CodePattern = new("^[A-Za-z0-9_.-]+$");

    public static void Valid(ApiResponse response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.Status);
        Assert.StartsWith("application/json", response.Message.Content.Headers.ContentType?.ToString());
        var error = response.Json.GetProperty("error");
        Assert.Equal(JsonValueKind.Object, error.ValueKind);
        var message = error.GetProperty("message").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.True(message!.Length <= 4096, "error.message is longer than the schema's 4096 characters");
        Assert.DoesNotContain('\0', message);
        var actual = error.GetProperty("code").GetString()!;
        Assert.True(actual.Length <= 64 && CodePattern.IsMatch(actual), $"error.code '{actual}' breaks the schema's pattern");
        Assert.Equal(code, actual);
    }

    /// <summary>The codes listed in the violations array, in order.</summary>
    public static string[] ViolationCodes(ApiResponse response)
    {
        var list = response.Json.GetProperty("error").GetProperty("violations");
        var codes = new string[list.GetArrayLength()];
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            codes[i++] = item.GetProperty("code").GetString()!;
        }

        return codes;
    }
}
