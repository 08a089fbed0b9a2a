namespace Veo.Contract;

/// <summary>
/// What a request of the client does, carried on each <see cref="System.Net.Http.HttpRequestMessage"/> (read it with
/// <see cref="VeoRequestKinds.Of"/>). The client's retries decide from it: only a <see cref="Create"/> can bill twice.
/// </summary>
public enum VeoRequestKind
{
    /// <summary>POST /v1/tasks: submits (and pays for) a task; retried only when the service provably created nothing.</summary>
    Create,

    /// <summary>GET /v1/tasks/{task_id}: reads a task; safe to repeat.</summary>
    Read,

    /// <summary>POST /v1/tasks/{task_id}/cancel: cancels a queued task; repeating it is harmless.</summary>
    Cancel,

    /// <summary>GET of a finished video from its storage link (no API key is sent).</summary>
    Download,
}
