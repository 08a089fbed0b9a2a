using System;

namespace Veo.Contract;

/// <summary>Settings of a <see cref="VeoClient"/>; bindable from configuration.</summary>
public class VeoClientOptions
{
    /// <summary>The vendor's production endpoint, used when <see cref="BaseAddress"/> is not set.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://qingbo.dev/");

    /// <summary>Where the task API lives. Defaults to <see cref="DefaultBaseAddress"/>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The API key, sent as a bearer token. Never written to messages or logs.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Whether <see cref="VeoClient.CreateTaskAsync"/> checks the request against the service's rules before
    /// sending it (default true). Turn it off only if you know the service accepts what the rules reject.
    /// </summary>
    public bool ValidateBeforeSend { get; set; } = true;
}
