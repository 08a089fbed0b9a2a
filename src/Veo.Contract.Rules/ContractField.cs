using System;
using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>
/// One field of the request as the spec states its shape (generated into the contract table): wire path, .NET property
/// path, JSON type and format, default, enum wire values with their member names, and the class of named constants.
/// What a value may be is not here: that is the rules' business.
/// </summary>
internal sealed class ContractField
{
    public ContractField(
        string wireName,
        string propertyName,
        SchemaType type,
        string? defaultValue = null,
        string? format = null,
        IReadOnlyList<string>? enumValues = null,
        IReadOnlyList<string>? enumMemberNames = null,
        string? constantsClass = null,
        ContractShape? members = null)
    {
        WireName = wireName;
        PropertyName = propertyName;
        Type = type;
        DefaultValue = defaultValue;
        Format = format;
        EnumValues = enumValues ?? Array.Empty<string>();
        EnumMemberNames = enumMemberNames ?? Array.Empty<string>();
        ConstantsClass = constantsClass;
        Members = members;
        Name = wireName.Substring(wireName.LastIndexOf('.') + 1);
    }

    /// <summary>The JSON path, e.g. <c>options.style</c>.</summary>
    public string WireName { get; }

    /// <summary>The JSON name inside its object, e.g. <c>personGeneration</c>.</summary>
    public string Name { get; }

    /// <summary>The .NET property path, e.g. <c>Options.Style</c>.</summary>
    public string PropertyName { get; }

    public SchemaType Type { get; }

    /// <summary>The value the service assumes when the field is not sent, as wire text; null when the spec states none.</summary>
    public string? DefaultValue { get; }

    /// <summary>The spec's format (int32, int64, …); null when it states none.</summary>
    public string? Format { get; }

    /// <summary>The enum's wire values when the field's type is an enum; empty otherwise.</summary>
    public IReadOnlyList<string> EnumValues { get; }

    /// <summary>The .NET member name of each enum value (x-enumNames), in the same order; empty when the spec names none.</summary>
    public IReadOnlyList<string> EnumMemberNames { get; }

    /// <summary>The client's class of named constants for the field's known values, when the spec names one.</summary>
    public string? ConstantsClass { get; }

    /// <summary>The fields of an object field; null for a value.</summary>
    public ContractShape? Members { get; }

    public string DisplayName(RuleNaming naming) => naming == RuleNaming.Wire ? WireName : PropertyName;

    /// <summary>The wire value of the enum member named <paramref name="memberName"/>; null when the spec names no such member.</summary>
    public string? EnumWireValue(string memberName) => Lookup(EnumMemberNames, EnumValues, memberName);

    /// <summary>The .NET member name of the enum value <paramref name="wireValue"/>; null when the spec names none.</summary>
    public string? EnumMemberName(string wireValue) => Lookup(EnumValues, EnumMemberNames, wireValue);

    private static string? Lookup(IReadOnlyList<string> from, IReadOnlyList<string> to, string key)
    {
        for (var i = 0; i < from.Count && i < to.Count; i++)
        {
            if (from[i] == key)
            {
                return to[i];
            }
        }

        return null;
    }
}
