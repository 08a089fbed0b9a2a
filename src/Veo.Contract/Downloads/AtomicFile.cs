using System;
using System.IO;
using System.Threading.Tasks;

namespace Veo.Contract;

/// <summary>
/// Writes a file so that it appears only when complete: the bytes go to a hidden sibling first, which is moved into place
/// on success and deleted on any failure. A reader never sees a half-written video, and a failure leaves nothing behind.
/// </summary>
internal static class AtomicFile
{
    private const int BufferSize = 81920;

    public static async Task<string> WriteAsync(string path, Func<Stream, Task> write)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("A file path is required.", nameof(path));
        }

        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException($"'{path}' names no file.", nameof(path));
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N") + ".part");
        try
        {
            using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await write(file).ConfigureAwait(false);
            }

            MoveIntoPlace(partial, fullPath);
            return fullPath;
        }
        catch
        {
            TryDelete(partial);
            throw;
        }
    }

    private static void MoveIntoPlace(string partial, string fullPath)
    {
#if NET8_0_OR_GREATER
        File.Move(partial, fullPath, overwrite: true);
#else
        if (File.Exists(fullPath))
        {
            File.Replace(partial, fullPath, destinationBackupFileName: null);
        }
        else
        {
            File.Move(partial, fullPath);
        }
#endif
    }

    private static void TryDelete(string partial)
    {
        try
        {
            File.Delete(partial);
        }
        catch (IOException)
        {
            // Deleting is best effort; the original error is what the caller needs to see.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
