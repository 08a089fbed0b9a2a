namespace Veo.Contract.SpecCompiler;

/// <summary>Names the generated code shares with the hand-written sources it is compiled with.</summary>
internal static class SpecCompilerNames
{
    /// <summary>The namespace of src/Veo.Contract.Rules, which every consumer compiles in as its own internal types.</summary>
    public const string RulesNamespace = "Veo.Contract.Rules";
}
