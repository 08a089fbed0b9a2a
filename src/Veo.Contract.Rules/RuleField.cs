namespace Veo.Contract.Rules;

/// <summary>A request field a rule looks at: its wire path, its .NET property path and its default from the spec.</summary>
internal sealed class RuleField
{
    public RuleField(string wireName, string propertyName, string? defaultValue)
    {
        WireName = wireName;
        PropertyName = propertyName;
        DefaultValue = defaultValue;
    }

    /// <summary>The JSON path, e.g. <c>extra.personGeneration</c>.</summary>
    public string WireName { get; }

    /// <summary>The .NET property path, e.g. <c>Extra.PersonGeneration</c>.</summary>
    public string PropertyName { get; }

    /// <summary>The value the service assumes when the field is not sent, as text; null when there is none.</summary>
    public string? DefaultValue { get; }

    public string DisplayName(RuleNaming naming) => naming == RuleNaming.Wire ? WireName : PropertyName;
}
