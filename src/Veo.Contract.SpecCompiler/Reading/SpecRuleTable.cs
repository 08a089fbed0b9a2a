namespace Veo.Contract.SpecCompiler;

/// <summary>Everything x-veo-rules says, with the request schema its rules name, ready to be written out as C#.</summary>
internal sealed record SpecRuleTable(SpecRequestSchema Schema, SpecField ModelField, IReadOnlyList<SpecModel> Models, IReadOnlyList<SpecRule> Rules);
