using System.Net;
using System.Net.Http;
using System.Text.Json;

namespace Veo.Contract.Testing.Tests.Support;

/// <summary>A raw answer of the fake: status, headers and the body as text and (when it is JSON) parsed.</summary>
public sealed class ApiResponse
{
    public ApiResponse(HttpResponseMessage message, string body)
    {
        Message = message;
        Body = body;
    }

    public HttpResponseMessage Message { get; }

    public HttpStatusCode Status => Message.StatusCode;

    public string Body { get; }

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Text(string property) => Json.GetProperty(property).GetString()!;

    public long Number(string property) => Json.GetProperty(property).GetInt64();

    /// <summary>error.code of an error answer.</summary>
    public string ErrorCode => Json.GetProperty("error").GetProperty("code").GetString()!;

    public string ErrorMessage => Json.GetProperty("error").GetProperty("message").GetString()!;
}
