using System.Collections.Generic;

namespace Veo.Contract.Testing.Core;

/// <summary>The outcome of checking a create request body: the problems, or what the fake needs to run the task.</summary>
internal sealed class CreateRequestCheck
{
    private CreateRequestCheck(IReadOnlyList<ErrorEntry> errors, string model, string action, int durationSeconds, string resolution, string aspectRatio)
    {
        Errors = errors;
        Model = model;
        Action = action;
        DurationSeconds = durationSeconds;
        Resolution = resolution;
        AspectRatio = aspectRatio;
    }

    public IReadOnlyList<ErrorEntry> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    public string Model { get; }

    public string Action { get; }

    public int DurationSeconds { get; }

    /// <summary>The resolution's wire value (720p, 1080p, 4k), sent or defaulted: the video's frame size.</summary>
    public string Resolution { get; }

    /// <summary>The aspect ratio's wire value (16:9, 9:16), sent or defaulted: the video's orientation.</summary>
    public string AspectRatio { get; }

    public static CreateRequestCheck Invalid(IReadOnlyList<ErrorEntry> errors) => new(errors, "", "", 0, "", "");

    public static CreateRequestCheck Invalid(string code, string? field, string message)
        => new(new[] { new ErrorEntry(code, field, message) }, "", "", 0, "", "");

    public static CreateRequestCheck Valid(string model, string action, int durationSeconds, string resolution, string aspectRatio)
        => new(System.Array.Empty<ErrorEntry>(), model, action, durationSeconds, resolution, aspectRatio);
}
