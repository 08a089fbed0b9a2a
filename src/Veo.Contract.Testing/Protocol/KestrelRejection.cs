using System;
using System.Globalization;
using System.Text;
using Veo.Contract.Testing.Core;

namespace Veo.Contract.Testing.Protocol;

/// <summary>
/// Turns the empty answer Kestrel writes when it rejects a request before the app sees it (a NUL or other control
/// character in the request line or a header, a target too long, headers too large) into the fake's error shape.
/// Kestrel has no hook for these answers, so the head is recognised on the wire: an error status with
/// <c>Content-Length: 0</c>, which the fake itself never sends (each of its errors has a JSON body). A status the spec
/// does not declare for the task API's operations (505 for an unknown HTTP version, say) becomes 400.
/// </summary>
internal static class KestrelRejection
{
    private static readonly byte[] EmptyLength = Encoding.ASCII.GetBytes("\r\nContent-Length: 0\r\n");

    /// <summary>The head with a JSON error body, or null when <paramref name="written"/> is not such a rejection.</summary>
    public static byte[]? Rewrite(ReadOnlySpan<byte> written, int maxTargetBytes, int maxHeaderBytes, int maxHeaderCount)
    {
        if (written.Length < 16 || !written.StartsWith("HTTP/1."u8) || written[8] != (byte)' '
            || written[9] is not ((byte)'4' or (byte)'5') || !written.EndsWith("\r\n\r\n"u8))
        {
            return null;
        }

        var lengthAt = written.IndexOf(EmptyLength);
        if (lengthAt < 0 || written.Slice(0, written.Length - 2).IndexOf("\r\n\r\n"u8) >= 0)
        {
            return null;
        }

        var status = int.Parse(Encoding.ASCII.GetString(written.Slice(9, 3)), NumberStyles.None, CultureInfo.InvariantCulture);
        var (answered, code, message) = Describe(status, maxTargetBytes, maxHeaderBytes, maxHeaderCount);
        var body = ErrorBody.Response(answered, code, message).Body;
        var statusLine = answered == status
            ? Encoding.ASCII.GetString(written.Slice(0, written.IndexOf("\r\n"u8)))
            : "HTTP/1.1 400 Bad Request";
        var head = statusLine
                   + Encoding.ASCII.GetString(written.Slice(0, lengthAt).Slice(written.IndexOf("\r\n"u8)))
                   + "\r\nContent-Type: application/json; charset=utf-8"
                   + "\r\nContent-Length: " + body.Length.ToString(CultureInfo.InvariantCulture)
                   + Encoding.ASCII.GetString(written.Slice(lengthAt + EmptyLength.Length - 2));
        var rewritten = new byte[head.Length + body.Length];
        Encoding.ASCII.GetBytes(head, rewritten);
        body.CopyTo(rewritten, head.Length);
        return rewritten;
    }

    // The answered status (one the spec declares for every operation), the code and the message.
    private static (int Status, string Code, string Message) Describe(int status, int maxTargetBytes, int maxHeaderBytes, int maxHeaderCount) => status switch
    {
        400 => (400, VeoErrorCodes.BadRequest, "The request is not valid HTTP: for example a NUL or other control character in the request line or a header (also percent-encoded as %00), a target that is not an absolute path, or no Host header."),
        405 => (405, VeoErrorCodes.MethodNotAllowed, "This request target is served only for the method that Allow names."),
        408 => (408, VeoErrorCodes.RequestTimeout, "The request arrived too slowly; the server stopped waiting for it."),
        414 => (414, VeoErrorCodes.UriTooLong, $"The request line is longer than the server's limit of {maxTargetBytes} bytes; task ids are short."),
        431 => (431, VeoErrorCodes.HeadersTooLarge, $"The request headers exceed the server's limits: {maxHeaderBytes} bytes in all, {maxHeaderCount} fields."),
        _ => (400, VeoErrorCodes.BadRequest, $"The server rejected the request before reading it (HTTP {status}): for example an HTTP version other than 1.0 or 1.1."),
    };
}
