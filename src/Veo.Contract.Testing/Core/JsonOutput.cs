using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Veo.Contract.Testing.Core;

/// <summary>
/// Writes an answer body through the generated JSON context. Only JSON-level escaping: quotes and apostrophes stay
/// readable in curl output (a writer's encoder wins over the context's options).
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            JsonSerializer.Serialize(json, value, type);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
