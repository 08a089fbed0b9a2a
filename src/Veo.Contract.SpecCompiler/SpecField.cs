namespace Veo.Contract.SpecCompiler;

/// <summary>A request field named by a rule, resolved against the schema it constrains.</summary>
internal sealed record SpecField(string WireName, string PropertyName, string? DefaultValue);
