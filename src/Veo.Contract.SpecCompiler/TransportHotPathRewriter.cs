using System.Text.RegularExpressions;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// Edits to NSwag's transport that keep a call as cheap as hand-written HttpClient code (measured in
/// benchmarks/Veo.Contract.Benchmarks: allocations per call and time). NSwag has no setting for any of them.
/// </summary>
internal static class TransportHotPathRewriter
{
    private static readonly Regex NewStandardMethod = new(@"new System\.Net\.Http\.HttpMethod\(""(GET|POST|PUT|DELETE|HEAD|OPTIONS)""\)");

    public static string Rewrite(string code)
    {
        // Response headers feed only the typed exceptions of error responses; NSwag copies them for every response.
        code = ReplaceEvery(code, "foreach (var item_ in response_.Headers)", "if (!response_.IsSuccessStatusCode) foreach (var item_ in response_.Headers)");
        code = ReplaceEvery(code, "if (response_.Content != null && response_.Content.Headers != null)", "if (!response_.IsSuccessStatusCode && response_.Content != null && response_.Content.Headers != null)");

        // Bodies are read by the hand-written ReadResponseBodyAsync (VeoTasksTransport.Responses.cs): success bodies
        // straight into pooled bytes, error bodies as text, instead of every body as a string.
        code = ReplaceEvery(code, "await ReadObjectResponseAsync<", "await ReadResponseBodyAsync<");

        // A constant header needs no parsing per request, and the standard methods have shared instances.
        code = ReplaceEvery(
            code,
            "request_.Headers.Accept.Add(System.Net.Http.Headers.MediaTypeWithQualityHeaderValue.Parse(\"application/json\"));",
            "request_.Headers.TryAddWithoutValidation(\"Accept\", \"application/json\");");
        return NewStandardMethod.Replace(code, match => "System.Net.Http.HttpMethod." + match.Groups[1].Value.Substring(0, 1) + match.Groups[1].Value.Substring(1).ToLowerInvariant());
    }

    private static string ReplaceEvery(string code, string pattern, string replacement)
    {
        if (!code.Contains(pattern))
        {
            throw new InvalidOperationException($"NSwag's transport no longer contains '{pattern}'; update TransportHotPathRewriter.");
        }

        return code.Replace(pattern, replacement);
    }
}
