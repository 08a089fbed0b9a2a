using System;

namespace Veo.Contract.Testing.Core;

/// <summary>The fake's paths: the spec's three operations and the download links of finished videos.</summary>
internal static class FakeRoutes
{
    public const string TasksPath = "/v1/tasks";
    public const string ApiPrefix = "/v1/";
    public const string VideosPrefix = "/videos/";
    public const string VideoSuffix = ".mp4";
    public const string CancelSuffix = "/cancel";

    public static Uri Task(Uri baseAddress, string id) => new(baseAddress, "v1/tasks/" + Uri.EscapeDataString(id));

    public static Uri Cancel(Uri baseAddress, string id) => new(baseAddress, "v1/tasks/" + Uri.EscapeDataString(id) + CancelSuffix);

    public static Uri Video(Uri baseAddress, string id) => new(baseAddress, "videos/" + Uri.EscapeDataString(id) + VideoSuffix);
}
