using System;
using System.IO;
using System.Threading.Tasks;

namespace Veo.Contract;

/// <summary>
/// Where a video file goes, worked out from the path a caller gave: a path naming a folder (ending in a separator, such as
/// <c>out/</c>, or an existing directory) gets a file named after the task. It can be checked before a long wait (the folder
/// created, a hidden file tried), and every file error becomes a <see cref="VeoDownloadDestinationException"/> that names
/// the path as given, never the hidden file the bytes go to first.
/// </summary>
internal sealed class VideoDestination
{
    private const string VideoExtension = ".mp4";

    private VideoDestination(string givenPath, string? taskId, string fullPath)
    {
        GivenPath = givenPath;
        TaskId = taskId;
        FullPath = fullPath;
        Folder = Path.GetDirectoryName(fullPath)!;
        HiddenPath = Path.Combine(Folder, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N") + ".part");
    }

    public string GivenPath { get; }

    public string? TaskId { get; }

    /// <summary>The file the video ends up in.</summary>
    public string FullPath { get; }

    public string Folder { get; }

    /// <summary>The sibling the bytes are written to first; moved into place only once complete.</summary>
    public string HiddenPath { get; }

    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="VeoDownloadDestinationException">The path cannot name a file on this system.</exception>
    public static VideoDestination For(string path, string? taskId)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("A file path is required.", nameof(path));
        }

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
            if (NamesFolder(path, fullPath))
            {
                fullPath = Path.Combine(fullPath, FileNameFor(taskId));
            }
        }
        catch (Exception error) when (IsFileError(error))
        {
            throw Failure(path, taskId, null, null, error, 0);
        }

        return new VideoDestination(path, taskId, fullPath);
    }

    /// <summary>Errors of the file system (as opposed to the network or the caller's cancellation).</summary>
    public static bool IsFileError(Exception error) => error is IOException or UnauthorizedAccessException or NotSupportedException;

    /// <summary>
    /// Creates the folder and tries the hidden file, so a destination that cannot be written fails now, before a wait of
    /// minutes, rather than after it. Nothing is left behind but the folder.
    /// </summary>
    public void EnsureWritable()
    {
        try
        {
            Directory.CreateDirectory(Folder);
            using (new FileStream(HiddenPath, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
            }

            File.Delete(HiddenPath);
        }
        catch (Exception error) when (IsFileError(error))
        {
            throw Failure(error, 0);
        }
    }

    /// <summary>Writes the file all or nothing (<see cref="AtomicFile"/>) and returns its full path; file errors named as above.</summary>
    public async Task<string> WriteAsync(Func<Stream, Task> write)
    {
        long written = 0;
        try
        {
            await AtomicFile.WriteAsync(FullPath, HiddenPath, async file =>
            {
                var guarded = new GuardedDestination(file, (error, bytes) => Failure(error, bytes));
                try
                {
                    await write(guarded).ConfigureAwait(false);
                }
                finally
                {
                    written = guarded.BytesWritten;
                }
            }).ConfigureAwait(false);
            return FullPath;
        }
        catch (Exception error) when (IsFileError(error))
        {
            // Creating the folder or the hidden file, closing it, or moving it into place.
            throw Failure(error, written);
        }
    }

    public VeoDownloadDestinationException Failure(Exception error, long bytesWritten)
        => Failure(GivenPath, TaskId, FullPath, HiddenPath, error, bytesWritten);

    private static VeoDownloadDestinationException Failure(string givenPath, string? taskId, string? fullPath, string? hiddenPath, Exception error, long bytesWritten)
    {
        // The system's own words, but naming the caller's file rather than the hidden one the bytes went to first.
        var reason = hiddenPath is null ? error.Message : error.Message.Replace(hiddenPath, fullPath);
        var resolved = fullPath is null || fullPath == givenPath ? string.Empty : $" ({fullPath})";
        return new VeoDownloadDestinationException(
            $"Could not save the video of task '{taskId}' to '{givenPath}'{resolved}: {reason} ({error.GetType().Name}). The task and its video are not affected: download it again to a path that can be written.",
            taskId,
            givenPath,
            bytesWritten,
            error);
    }

    // "out/" (with a separator at the end) is a folder whether it exists or not; "out" only if it is an existing directory.
    private static bool NamesFolder(string path, string fullPath)
    {
        var last = path[path.Length - 1];
        return last == Path.DirectorySeparatorChar || last == Path.AltDirectorySeparatorChar || Directory.Exists(fullPath);
    }

    // Task ids are short ASCII names (task-wave...); anything a file name cannot hold becomes '_'.
    private static string FileNameFor(string? taskId)
    {
        if (string.IsNullOrWhiteSpace(taskId))
        {
            return "video" + VideoExtension;
        }

        var name = taskId!.Trim().ToCharArray();
        var invalid = Path.GetInvalidFileNameChars();
        for (var i = 0; i < name.Length; i++)
        {
            if (Array.IndexOf(invalid, name[i]) >= 0 || name[i] == '/' || name[i] == '\\')
            {
                name[i] = '_';
            }
        }

        return new string(name) + VideoExtension;
    }
}
