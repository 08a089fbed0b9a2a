using System.IO.Pipelines;

namespace Veo.Contract.Testing.Protocol;

/// <summary>A connection's input and output, one of them replaced.</summary>
internal sealed class TransportPipe : IDuplexPipe
{
    public TransportPipe(PipeReader input, PipeWriter output)
    {
        Input = input;
        Output = output;
    }

    public PipeReader Input { get; }

    public PipeWriter Output { get; }
}
