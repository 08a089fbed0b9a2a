namespace Veo.Contract.SpecCompiler;

/// <summary>The spec is malformed at a known place; reported as a build error on that line.</summary>
internal sealed class SpecException(string message, long line, long column) : Exception(message)
{
    public long Line { get; } = line;

    public long Column { get; } = column;
}
