using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Maps an enum constant to the text the serializer sends: the member's [EnumMember(Value = …)] or
/// [JsonStringEnumMemberName(…)], never the C# member name (FullHd1080p goes out as the spec's value for it).
/// </summary>
internal sealed class EnumWireNames
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, Dictionary<long, string>> _byType = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The wire text of <paramref name="value"/>. A value without a member (a cast such as (Resolution)7) goes out as
    /// its number, as the client's runtime mapping does; a member without an attribute goes out by its name.
    /// </summary>
    public string ToWire(INamedTypeSymbol enumType, object value)
    {
        var key = ToKey(value);
        if (key is not null && Members(enumType).TryGetValue(key.Value, out var wire))
        {
            return wire;
        }

        return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
    }

    /// <summary>The member whose wire text is <paramref name="wire"/>, for code fixes that write an enum value.</summary>
    public IFieldSymbol? FindMember(INamedTypeSymbol enumType, string wire)
    {
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && WireName(field) == wire)
            {
                return field;
            }
        }

        return null;
    }

    private Dictionary<long, string> Members(INamedTypeSymbol enumType) => _byType.GetOrAdd(enumType, static type =>
    {
        var members = new Dictionary<long, string>();
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && ToKey(field.ConstantValue) is { } key && !members.ContainsKey(key))
            {
                members.Add(key, WireName(field));
            }
        }

        return members;
    });

    private static string WireName(IFieldSymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            switch (attribute.AttributeClass?.Name)
            {
                case "EnumMemberAttribute":
                    foreach (var argument in attribute.NamedArguments)
                    {
                        if (argument.Key == "Value" && argument.Value.Value is string enumMemberValue)
                        {
                            return enumMemberValue;
                        }
                    }

                    break;
                case "JsonStringEnumMemberNameAttribute":
                    if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string jsonName)
                    {
                        return jsonName;
                    }

                    break;
            }
        }

        return field.Name;
    }

    private static long? ToKey(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul when ul <= long.MaxValue => (long)ul,
        _ => null,
    };
}
