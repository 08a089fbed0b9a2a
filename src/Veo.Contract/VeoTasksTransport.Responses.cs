using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract;

// Hand-written half of the generated transport: how response bodies are read. The generated operations call
// ReadResponseBodyAsync instead of NSwag's ReadObjectResponseAsync (see the spec compiler's TransportHotPathRewriter).
internal partial class VeoTasksTransport
{
    private const int FirstBodyBufferSize = 4096;

    /// <summary>
    /// A success body is read into pooled bytes and deserialized from them: no string per response (a status poll runs
    /// every few seconds for minutes), yet a body that is not the JSON the API describes still reaches the exception as
    /// text. Error bodies take NSwag's path, which keeps their text for the typed exceptions.
    /// </summary>
    private async Task<ObjectResponseResult<T>> ReadResponseBodyAsync<T>(
        HttpResponseMessage response,
        IReadOnlyDictionary<string, IEnumerable<string>> headers,
        CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode || response.Content is null)
        {
            return await ReadObjectResponseAsync<T>(response, headers, cancellationToken).ConfigureAwait(false);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(FirstBodyBufferSize);
        var length = 0;
        try
        {
            using (var stream = await ReadAsStreamAsync(response.Content, cancellationToken).ConfigureAwait(false))
            {
                int read;
                while ((read = await ReadChunkAsync(stream, buffer, length, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, larger, 0, length);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            try
            {
                var body = JsonSerializer.Deserialize<T>(new ReadOnlySpan<byte>(buffer, 0, length), JsonSerializerSettings);
                return new ObjectResponseResult<T>(body!, string.Empty);
            }
            catch (JsonException exception)
            {
                var text = Encoding.UTF8.GetString(buffer, 0, length);
                throw new VeoTransportException("Could not deserialize the response body as " + typeof(T).FullName + ".", (int)response.StatusCode, text, headers, exception);
            }
        }
        finally
        {
            // Safe to return: the deserialized objects own copies of what they keep (strings, cloned JsonElements).
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The Memory overload completes without allocating a Task per read where the runtime has it.
    private static ValueTask<int> ReadChunkAsync(Stream stream, byte[] buffer, int offset, CancellationToken cancellationToken)
#if NET5_0_OR_GREATER
        => stream.ReadAsync(buffer.AsMemory(offset), cancellationToken);
#else
        => new(stream.ReadAsync(buffer, offset, buffer.Length - offset, cancellationToken));
#endif
}
