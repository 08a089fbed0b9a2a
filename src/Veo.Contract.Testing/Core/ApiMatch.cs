using System.Collections.Generic;

namespace Veo.Contract.Testing.Core;

/// <summary>
/// A request path matched against the spec's operations (the generated <c>VeoOperations</c> table): the operation for
/// the request's method, if any, and the methods the path takes, for a 405's <c>Allow</c>.
/// </summary>
internal sealed class ApiMatch
{
    private ApiMatch(VeoRoute? operation, string? taskId, string allowed)
    {
        Operation = operation;
        TaskId = taskId;
        Allowed = allowed;
    }

    /// <summary>The operation at this path for this method; null when the path takes only other methods.</summary>
    public VeoRoute? Operation { get; }

    /// <summary>The path parameter (the task id) of <see cref="Operation"/>; null when it has none.</summary>
    public string? TaskId { get; }

    /// <summary>The methods this path takes, as an <c>Allow</c> header lists them (GET brings HEAD).</summary>
    public string Allowed { get; }

    /// <summary>The match for an unescaped path starting with '/', or null when no operation has this path.</summary>
    public static ApiMatch? Find(string path, string method)
    {
        var relative = path.Substring(1);
        var allowed = new List<string>();
        VeoRoute? operation = null;
        string? taskId = null;
        foreach (var route in VeoOperations.All)
        {
            if (!route.Matches(relative, out var parameter))
            {
                continue;
            }

            var routeMethod = route.Method.Method;
            allowed.Add(routeMethod == "GET" ? "GET, HEAD" : routeMethod);
            if (routeMethod == method || (routeMethod == "GET" && method == "HEAD"))
            {
                operation = route;
                taskId = parameter;
            }
        }

        return allowed.Count == 0 ? null : new ApiMatch(operation, taskId, string.Join(", ", allowed));
    }
}
