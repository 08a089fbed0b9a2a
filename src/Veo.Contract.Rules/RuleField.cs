using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Veo.Contract.Rules;

/// <summary>
/// One field of the request as the spec states it (generated into VeoRequestSchema): wire path, .NET property path,
/// default, JSON type and format, and the standard keywords every consumer enforces (required, enum, bounds, lengths, pattern).
/// </summary>
internal sealed class RuleField
{
    // JSON schema patterns are ECMAScript expressions. A match that runs longer than this is not evaluated (no finding),
    // in the analyzer as in Validate() and the fake, so a slow pattern can neither hang a build nor a send.
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    private readonly Lazy<Regex?> _pattern;

    public RuleField(
        string wireName,
        string propertyName,
        SchemaType type,
        string? defaultValue = null,
        string? format = null,
        bool required = false,
        IReadOnlyList<string>? enumValues = null,
        IReadOnlyList<string>? enumMemberNames = null,
        IReadOnlyList<string>? knownValues = null,
        string? constantsClass = null,
        decimal? minimum = null,
        decimal? maximum = null,
        decimal? multipleOf = null,
        int? minLength = null,
        int? maxLength = null,
        string? pattern = null,
        RequestShape? members = null)
    {
        WireName = wireName;
        PropertyName = propertyName;
        Type = type;
        DefaultValue = defaultValue;
        Format = format;
        Required = required;
        EnumValues = enumValues ?? Array.Empty<string>();
        EnumMemberNames = enumMemberNames ?? Array.Empty<string>();
        KnownValues = knownValues ?? Array.Empty<string>();
        ConstantsClass = constantsClass;
        Minimum = minimum;
        Maximum = maximum;
        MultipleOf = multipleOf;
        MinLength = minLength;
        MaxLength = maxLength;
        Pattern = pattern;
        Members = members;
        Name = wireName.Substring(wireName.LastIndexOf('.') + 1);
        _pattern = new Lazy<Regex?>(CreatePattern);
    }

    /// <summary>The JSON path, e.g. <c>extra.personGeneration</c>.</summary>
    public string WireName { get; }

    /// <summary>The JSON name inside its object, e.g. <c>personGeneration</c>.</summary>
    public string Name { get; }

    /// <summary>The .NET property path, e.g. <c>Extra.PersonGeneration</c>.</summary>
    public string PropertyName { get; }

    public SchemaType Type { get; }

    /// <summary>The value the service assumes when the field is not sent, as text; null when there is none.</summary>
    public string? DefaultValue { get; }

    /// <summary>The spec's format (int32, int64, …); null when it states none.</summary>
    public string? Format { get; }

    public bool Required { get; }

    /// <summary>The enum's wire values; empty when the field is no enum.</summary>
    public IReadOnlyList<string> EnumValues { get; }

    /// <summary>The .NET member name of each enum value (x-enumNames), in the same order; empty when the spec names none.</summary>
    public IReadOnlyList<string> EnumMemberNames { get; }

    /// <summary>The open-ended known values (x-extensible-enum); other values are allowed.</summary>
    public IReadOnlyList<string> KnownValues { get; }

    /// <summary>The client's class of named constants for <see cref="KnownValues"/> (VeoModels), when there is one.</summary>
    public string? ConstantsClass { get; }

    public decimal? Minimum { get; }

    public decimal? Maximum { get; }

    public decimal? MultipleOf { get; }

    public int? MinLength { get; }

    public int? MaxLength { get; }

    public string? Pattern { get; }

    /// <summary>The fields of an object field (extra); null for a value.</summary>
    public RequestShape? Members { get; }

    public string DisplayName(RuleNaming naming) => naming == RuleNaming.Wire ? WireName : PropertyName;

    /// <summary>The wire value of the enum member named <paramref name="memberName"/>; null when the spec names no such member.</summary>
    public string? EnumWireValue(string memberName)
    {
        for (var i = 0; i < EnumMemberNames.Count && i < EnumValues.Count; i++)
        {
            if (EnumMemberNames[i] == memberName)
            {
                return EnumValues[i];
            }
        }

        return null;
    }

    /// <summary>The .NET member name of the enum value <paramref name="wireValue"/>; null when the spec names none.</summary>
    public string? EnumMemberName(string wireValue)
    {
        for (var i = 0; i < EnumMemberNames.Count && i < EnumValues.Count; i++)
        {
            if (EnumValues[i] == wireValue)
            {
                return EnumMemberNames[i];
            }
        }

        return null;
    }

    /// <summary>True or false when the pattern could be evaluated on <paramref name="text"/>; null when it could not (it timed out).</summary>
    public bool? MatchesPattern(string text)
    {
        var regex = _pattern.Value;
        if (regex is null)
        {
            return null;
        }

        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private Regex? CreatePattern()
    {
        if (Pattern is null)
        {
            return null;
        }

        try
        {
            return new Regex(Pattern, RegexOptions.ECMAScript, PatternTimeout);
        }
        catch (ArgumentException)
        {
            // The spec compiler refuses patterns .NET cannot read; one that slips through is skipped, not guessed.
            return null;
        }
    }
}
