using System.Text;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// Writes the System.Text.Json source-generation context for every DTO of the spec, so the client (de)serializes without
/// reflection: trimming and Native AOT keep working, and file-based apps (reflection-based JSON off by default) too.
/// </summary>
internal static class JsonContextCodeWriter
{
    public static string Write(IReadOnlyList<string> typeNames, string ns)
    {
        var code = new StringBuilder();
        code.Append("namespace ").Append(ns).Append("\n{\n");
        code.Append("    /// <summary>Source-generated JSON metadata for every type of the spec. Unset (null) fields are not written: the service applies its defaults.</summary>\n");
        code.Append("    [global::System.Text.Json.Serialization.JsonSourceGenerationOptions(DefaultIgnoreCondition = global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]\n");
        foreach (var name in typeNames.OrderBy(name => name, StringComparer.Ordinal))
        {
            code.Append("    [global::System.Text.Json.Serialization.JsonSerializable(typeof(").Append(name).Append("))]\n");
        }

        code.Append("    internal partial class VeoJsonContext : global::System.Text.Json.Serialization.JsonSerializerContext\n    {\n    }\n}\n");
        return code.ToString();
    }
}
