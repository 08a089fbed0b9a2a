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

    /// <summary>
    /// Runs <paramref name="write"/> on <paramref name="hiddenPath"/> (created new, in the same folder as
    /// <paramref name="fullPath"/>, which is created), then moves it over <paramref name="fullPath"/>; on any failure the
    /// hidden file is deleted and the error goes to the caller as it was.
    /// </summary>
    public static async Task WriteAsync(string fullPath, string hiddenPath, Func<Stream, Task> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        try
        {
            using (var file = new FileStream(hiddenPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await write(file).ConfigureAwait(false);
            }

            MoveIntoPlace(hiddenPath, fullPath);
        }
        catch
        {
            TryDelete(hiddenPath);
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
