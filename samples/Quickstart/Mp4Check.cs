using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Veo.Contract;

namespace Quickstart;

/// <summary>
/// Checks the saved file against what was asked for: frame size (from the H.264 SPS), length and frame rate (from
/// the MP4's sample tables), and a video and an audio track. The vendor documents 24 fps MP4 with audio on Veo 3.
/// </summary>
internal static class Mp4Check
{
    private const double FramesPerSecond = 24;

    // A real service's file may end a frame or two off the requested length; the fake's ends exactly on it.
    private const double DurationTolerance = 2 / FramesPerSecond;

    /// <summary>
    /// Describes the file and says whether it is what <paramref name="request"/> asked for (null when resuming a task
    /// this run did not create: then only the frame rate and the tracks can be checked).
    /// </summary>
    public static bool TryDescribe(string path, CreateTaskRequest? request, out string description)
    {
        List<Mp4Track> tracks;
        try
        {
            tracks = Mp4Tracks.Read(path);
        }
        catch (Exception ex) when (ex is InvalidMp4Exception or IndexOutOfRangeException or ArgumentOutOfRangeException or EndOfStreamException)
        {
            description = "NOT a readable MP4: " + ex.Message;
            return false;
        }

        var video = tracks.FirstOrDefault(t => t.Handler == "vide");
        var audio = tracks.FirstOrDefault(t => t.Handler == "soun");
        var problems = new List<string>();
        var parts = new List<string>();
        if (video is null)
        {
            problems.Add("no video track");
        }
        else
        {
            var codec = video.H264 is { } h264 ? $"H.264 {h264.ProfileName} level {h264.Level / 10.0:0.0}" : video.Codec;
            parts.Add(Invariant($"video {codec}, {video.Width}x{video.Height} ({video.SizeSource}), {video.Seconds:0.00} s, {video.FramesPerSecond:0.##} fps"));
            if (Math.Abs(video.FramesPerSecond - FramesPerSecond) > 0.01)
            {
                problems.Add(Invariant($"{video.FramesPerSecond:0.##} fps, not {FramesPerSecond}"));
            }

            if (request is not null)
            {
                CompareWithRequest(video, request, problems);
            }
        }

        if (audio is null)
        {
            problems.Add("no audio track");
        }
        else
        {
            parts.Add(Invariant($"audio {audio.Codec} {audio.SampleRate} Hz {audio.Channels} ch, {audio.Seconds:0.00} s"));
        }

        var verdict = problems.Count > 0
            ? "DIFFERS from what was asked: " + string.Join("; ", problems)
            : request is null ? "24 fps with audio (a resumed task: its request is not known here)" : "as requested";
        description = string.Join("; ", parts) + (parts.Count > 0 ? " — " : "") + verdict;
        return problems.Count == 0;
    }

    private static void CompareWithRequest(Mp4Track video, CreateTaskRequest request, List<string> problems)
    {
        // Fields left unset take the vendor's defaults: 720p, 16:9, 8 seconds.
        var resolution = request.Resolution ?? Resolution.Hd720p;
        var aspectRatio = request.AspectRatio ?? AspectRatio.Landscape16x9;
        var seconds = request.Duration ?? 8;
        var (longSide, shortSide) = resolution switch
        {
            Resolution.Hd720p => (1280, 720),
            Resolution.FullHd1080p => (1920, 1080),
            Resolution.Uhd4k => (3840, 2160),
            _ => (0, 0),
        };
        var (width, height) = aspectRatio == AspectRatio.Portrait9x16 ? (shortSide, longSide) : (longSide, shortSide);
        var asked = $"{VeoWireValues.Of(resolution)} {VeoWireValues.Of(aspectRatio)}";
        if (width == 0)
        {
            problems.Add($"resolution {VeoWireValues.Of(resolution)} has no known frame size to compare with");
        }
        else if (video.Width != width || video.Height != height)
        {
            problems.Add($"{video.Width}x{video.Height} where {asked} is {width}x{height}");
        }

        if (Math.Abs(video.Seconds - seconds) > DurationTolerance)
        {
            problems.Add(Invariant($"{video.Seconds:0.00} s where {seconds} s was asked for"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
