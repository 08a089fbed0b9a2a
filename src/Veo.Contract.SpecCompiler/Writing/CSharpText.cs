namespace Veo.Contract.SpecCompiler;

/// <summary>C# source text for values the table writers emit: string literals and string arrays.</summary>
internal static class CSharpText
{
    public static string Literal(string text)
        => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r") + "\"";

    public static string List(IReadOnlyList<string> values)
        => values.Count == 0 ? "System.Array.Empty<string>()" : "new[] { " + string.Join(", ", values.Select(Literal)) + " }";
}
