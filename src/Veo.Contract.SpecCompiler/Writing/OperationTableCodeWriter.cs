using System.Text;
using NSwag;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// Writes the operations table: for each operationId of the spec, its HTTP method and path template (relative to the
/// base address), so neither the hand-written client nor the fake server says a route itself.
/// </summary>
internal static class OperationTableCodeWriter
{
    public static string Write(OpenApiDocument document, string ns)
    {
        var code = new StringBuilder();
        var names = new List<string>();
        code.Append("namespace ").Append(ns).Append("\n{\n");
        code.Append("    /// <summary>The task API's operations as the spec declares them.</summary>\n");
        code.Append("    [global::System.CodeDom.Compiler.GeneratedCode(\"Veo.Contract.SpecCompiler\", null)]\n");
        code.Append("    internal static partial class VeoOperations\n    {\n");
        foreach (var operation in document.Operations.OrderBy(operation => operation.Operation.OperationId, StringComparer.Ordinal))
        {
            var id = operation.Operation.OperationId
                ?? throw new InvalidOperationException($"{operation.Method.ToUpperInvariant()} {operation.Path} has no operationId; the client names operations by it.");
            var pathParameters = operation.Path.Count(c => c == '{');
            if (pathParameters > 1)
            {
                // VeoRoute fills in one path parameter (the task id); more would need a richer route type.
                throw new InvalidOperationException($"{id}: {operation.Path} has {pathParameters} path parameters; the client supports at most one.");
            }

            var name = char.ToUpperInvariant(id[0]) + id.Substring(1);
            var method = operation.Method.ToUpperInvariant();
            var path = operation.Path.TrimStart('/');
            code.Append("        /// <summary>").Append(id).Append(": ").Append(method).Append(" /").Append(path).Append("</summary>\n");
            code.Append("        public static readonly VeoRoute ").Append(name)
                .Append(" = new VeoRoute(\"").Append(id).Append("\", \"").Append(method).Append("\", \"").Append(path).Append("\");\n");
            names.Add(name);
        }

        // After the fields it lists: static fields are initialized in the order they are written.
        code.Append("        /// <summary>Every operation, so a server (the fake) can match a request's path and method against the spec.</summary>\n");
        code.Append("        public static readonly global::System.Collections.Generic.IReadOnlyList<VeoRoute> All = new[] { ")
            .Append(string.Join(", ", names)).Append(" };\n");

        code.Append("    }\n}\n");
        return code.ToString();
    }
}
