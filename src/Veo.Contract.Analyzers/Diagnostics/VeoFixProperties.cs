namespace Veo.Contract.Analyzers;

/// <summary>
/// Keys of Diagnostic.Properties through which the analyzer hands each code fix its new value, worked out by the rule
/// engine from the schema, so the fixes never restate a rule. Compiled into both the analyzer and the code fix assembly.
/// </summary>
internal static class VeoFixProperties
{
    /// <summary>C# expression that replaces the underlined value (the one value a rule allows, a text without what a pattern forbids).</summary>
    public const string ReplaceValue = "VeoReplaceValue";

    /// <summary>Title of the replace-value fix.</summary>
    public const string ReplaceTitle = "VeoReplaceTitle";

    /// <summary>C# expression for the field a rule's condition names; replaces the value at AdditionalLocations[0].</summary>
    public const string ReplaceCondition = "VeoReplaceCondition";

    /// <summary>Title of the replace-condition fix.</summary>
    public const string ReplaceConditionTitle = "VeoReplaceConditionTitle";

    /// <summary>Present when dropping the whole assignment fixes the finding (an optional field with no default).</summary>
    public const string RemoveAssignment = "VeoRemoveAssignment";

    /// <summary>Title of the remove-assignment fix.</summary>
    public const string RemoveTitle = "VeoRemoveTitle";

    /// <summary>
    /// The fix Fix All applies to this diagnostic (a RemedyKinds name: Replace, Remove or ReplaceCondition), chosen with
    /// the request's other findings so that fixing id by id, in any order, gives one result; absent when Fix All leaves it.
    /// </summary>
    public const string FixAll = "VeoFixAll";
}
