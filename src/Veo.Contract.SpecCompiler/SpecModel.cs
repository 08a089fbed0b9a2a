namespace Veo.Contract.SpecCompiler;

/// <summary>One entry of x-veo-rules.models.</summary>
internal sealed record SpecModel(string Id, IReadOnlyList<string> Resolutions, bool Seed);
