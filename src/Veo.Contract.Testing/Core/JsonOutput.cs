using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Veo.Contract.Testing.Core;

/// <summary>Writes a JSON object body. Only JSON-level escaping: quotes and apostrophes stay readable in curl output.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Object(Action<Utf8JsonWriter> members)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            members(json);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
