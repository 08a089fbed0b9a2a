namespace Veo.Contract.SpecCompiler;

/// <summary>One entry of x-veo-rules.models: capability name to the values the model accepts (null: any value).</summary>
internal sealed record SpecModel(string Id, IReadOnlyList<(string Name, IReadOnlyList<string>? Values)> Capabilities);
