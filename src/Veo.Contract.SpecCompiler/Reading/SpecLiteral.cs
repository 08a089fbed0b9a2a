namespace Veo.Contract.SpecCompiler;

/// <summary>A value of enum or const as the spec writes it: its JSON kind (String, Number, Boolean) and its text.</summary>
internal sealed record SpecLiteral(string Kind, string Text);
