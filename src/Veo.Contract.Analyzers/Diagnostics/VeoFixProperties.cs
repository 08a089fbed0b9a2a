namespace Veo.Contract.Analyzers;

/// <summary>
/// Keys of Diagnostic.Properties through which the analyzer hands each code fix its new value, taken from the
/// rule table, so the fixes never restate a rule. Compiled into both the analyzer and the code fix assembly.
/// </summary>
internal static class VeoFixProperties
{
    /// <summary>C# literal that replaces the underlined value (duration 8, the negative prompt without its negation).</summary>
    public const string ReplaceValue = "VeoReplaceValue";

    /// <summary>Title of the replace-value fix.</summary>
    public const string ReplaceTitle = "VeoReplaceTitle";

    /// <summary>C# literal of a model id that supports the value; replaces the model value at AdditionalLocations[0].</summary>
    public const string SwitchModel = "VeoSwitchModel";

    /// <summary>Title of the switch-model fix.</summary>
    public const string SwitchModelTitle = "VeoSwitchModelTitle";

    /// <summary>Present when dropping the whole assignment fixes the finding (an optional setting the model does not support).</summary>
    public const string RemoveAssignment = "VeoRemoveAssignment";

    /// <summary>Title of the remove-assignment fix.</summary>
    public const string RemoveTitle = "VeoRemoveTitle";
}
