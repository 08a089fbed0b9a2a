using System;
using System.Net.Http;

namespace Veo.Contract;

/// <summary>
/// One operation of the task API: its HTTP method and its path relative to the base address, with at most one path
/// parameter (the task id). Instances come from the generated <c>VeoOperations</c> table, so routes are said once, in the spec.
/// </summary>
internal sealed class VeoRoute
{
    private readonly string _prefix;
    private readonly string? _suffix;

    public VeoRoute(string operationId, string method, string template)
    {
        OperationId = operationId;
        Method = method switch
        {
            // The shared instances: no HttpMethod per request.
            "GET" => HttpMethod.Get,
            "POST" => HttpMethod.Post,
            "PUT" => HttpMethod.Put,
            "DELETE" => HttpMethod.Delete,
            _ => new HttpMethod(method),
        };
        Template = template;
        var open = template.IndexOf('{');
        if (open < 0)
        {
            _prefix = template;
            return;
        }

        _prefix = template.Substring(0, open);
        _suffix = template.Substring(template.IndexOf('}', open) + 1);
    }

    /// <summary>The spec's operationId, e.g. <c>createTask</c>.</summary>
    public string OperationId { get; }

    public HttpMethod Method { get; }

    /// <summary>The spec's path without its leading slash, e.g. <c>v1/tasks/{task_id}/cancel</c>.</summary>
    public string Template { get; }

    /// <summary>The path with <paramref name="parameter"/> escaped into its placeholder.</summary>
    public string PathFor(string? parameter)
    {
        if (_suffix is null)
        {
            return _prefix;
        }

        if (parameter is null)
        {
            throw new ArgumentNullException(nameof(parameter), $"{OperationId} needs a value for its path parameter.");
        }

        return _prefix + Uri.EscapeDataString(parameter) + _suffix;
    }

    /// <summary>
    /// Whether <paramref name="path"/> (unescaped, without its leading slash) is this operation's path, whatever the
    /// method; the inverse of <see cref="PathFor"/>. A path parameter matches one non-empty segment (no '/').
    /// </summary>
    public bool Matches(string path, out string? parameter)
    {
        parameter = null;
        if (_suffix is null)
        {
            return path == _prefix;
        }

        var length = path.Length - _prefix.Length - _suffix.Length;
        if (length < 1 || !path.StartsWith(_prefix, StringComparison.Ordinal) || !path.EndsWith(_suffix, StringComparison.Ordinal))
        {
            return false;
        }

        var value = path.Substring(_prefix.Length, length);
        if (value.IndexOf('/') >= 0)
        {
            return false;
        }

        parameter = value;
        return true;
    }
}
