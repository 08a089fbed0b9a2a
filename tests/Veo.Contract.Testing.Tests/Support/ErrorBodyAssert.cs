using System.Net;
using System.Text.Json;

namespace Veo.Contract.Testing.Tests.Support;

/// <summary>
/// Checks an error answer's shape and its code (the spec's ErrorResponse; the conformance tests validate every code's
/// body against the schema itself).
/// </summary>
public static class ErrorBodyAssert
{
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
        Assert.True(actual.Length <= 256, $"error.code '{actual}' is longer than the schema's 256 characters");
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
