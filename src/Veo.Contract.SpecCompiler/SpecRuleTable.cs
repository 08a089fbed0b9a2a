namespace Veo.Contract.SpecCompiler;

/// <summary>Everything x-veo-rules says, ready to be written out as C#.</summary>
internal sealed record SpecRuleTable(SpecField ModelField, IReadOnlyList<SpecModel> Models, IReadOnlyList<SpecRule> Rules);
