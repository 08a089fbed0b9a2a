using System;
using System.Globalization;

namespace Veo.Contract;

/// <summary>
/// The messages of calls that got no answer (a timeout, a broken or never-made connection), worded by what the call was:
/// only a create that may have reached the service can have created (and billed) a task; a status read or a cancel leaves
/// the task as it was and names it, so the caller can read it again. Only calls the client has are suggested.
/// </summary>
internal static class CallFailureText
{
    public static string Timeout(VeoRequestKind kind, string? taskId, TimeSpan timeout)
    {
        var seconds = timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return kind switch
        {
            VeoRequestKind.Create =>
                $"The Veo API did not answer the create request within {seconds} s. The request was sent, so the service may have created (and billed) the task although its id never arrived: submitting again may create a second one.",
            VeoRequestKind.Cancel =>
                $"The Veo API did not answer the cancel of task '{taskId}' within {seconds} s; the task may or may not have been cancelled. {ReadAgain(taskId)}",
            _ =>
                $"The Veo API did not answer the status read of task '{taskId}' within {seconds} s. The task itself is not affected. {ReadAgain(taskId)}",
        };
    }

    public static string Broken(VeoRequestKind kind, string? taskId, Exception failure)
    {
        var what = failure.GetType().Name;
        return kind switch
        {
            VeoRequestKind.Create =>
                $"The connection to the Veo API broke during the create request ({what}). The request may have reached the service, so a task may have been created (and billed) although its id never arrived: submitting again may create a second one.",
            VeoRequestKind.Cancel =>
                $"The connection to the Veo API broke during the cancel of task '{taskId}' ({what}); the task may or may not have been cancelled. {ReadAgain(taskId)}",
            _ =>
                $"The connection to the Veo API broke during the status read of task '{taskId}' ({what}). The task itself is not affected. {ReadAgain(taskId)}",
        };
    }

    public static string NeverConnected(VeoRequestKind kind, string? taskId, Uri address, string reason)
    {
        var call = kind switch
        {
            VeoRequestKind.Create => "the create request",
            VeoRequestKind.Cancel => $"the cancel of task '{taskId}'",
            _ => $"the status read of task '{taskId}'",
        };
        var outcome = kind == VeoRequestKind.Create
            ? "nothing was sent, so no task was created and the request can be sent again."
            : "nothing was sent. " + ReadAgain(taskId);
        return $"Could not connect to the Veo API at {address.Host} for {call} ({reason}); {outcome}";
    }

    public static string Redirect(VeoRequestKind kind, string? taskId)
        => kind == VeoRequestKind.Create
            ? "The Veo API answered the create request with a redirect the client cannot follow (not an http or https address)."
            : $"The Veo API answered the request for task '{taskId}' with a redirect the client cannot follow (not an http or https address).";

    private static string ReadAgain(string? taskId)
        => $"Read it again with GetTaskAsync(\"{taskId}\"), or resume waiting with GetOperation(\"{taskId}\").";
}
