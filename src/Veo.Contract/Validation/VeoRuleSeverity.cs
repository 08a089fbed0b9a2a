namespace Veo.Contract;

/// <summary>How serious a rule violation is. Only <see cref="Error"/> stops a request from being sent.</summary>
public enum VeoRuleSeverity
{
    /// <summary>A hint; the request is accepted as it is.</summary>
    Info,

    /// <summary>Probably a mistake (an unknown model id, a seed the model ignores); the request is still sent.</summary>
    Warning,

    /// <summary>The service would reject the request; it is not sent.</summary>
    Error,
}
