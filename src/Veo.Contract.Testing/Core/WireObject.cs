using System;
using System.Collections.Generic;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Veo.Contract.Testing.Core;

/// <summary>
/// The shape of a request object, read by reflection from the DTO that NSwag generated from the spec, so the
/// fake's field list and types follow the spec without a hand-kept copy. Extension data means extra fields are allowed.
/// </summary>
internal sealed class WireObject
{
    private WireObject(IReadOnlyDictionary<string, WireField> fields, bool allowsOtherFields)
    {
        Fields = fields;
        AllowsOtherFields = allowsOtherFields;
    }

    public static WireObject CreateTaskRequest { get; } = FromType(typeof(CreateTaskRequest));

    public IReadOnlyDictionary<string, WireField> Fields { get; }

    public bool AllowsOtherFields { get; }

    public static WireObject FromType(Type type)
    {
        var nullability = new NullabilityInfoContext();
        var fields = new Dictionary<string, WireField>(StringComparer.Ordinal);
        var allowsOtherFields = false;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.IsDefined(typeof(JsonExtensionDataAttribute)))
            {
                allowsOtherFields = true;
                continue;
            }

            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
            if (name is null || property.IsDefined(typeof(JsonIgnoreAttribute)))
            {
                continue;
            }

            var clrType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var wireType = ToWireType(clrType, type, property);
            var required = nullability.Create(property).ReadState == NullabilityState.NotNull;
            fields.Add(name, new WireField(name, wireType, required, wireType == WireType.Object ? FromType(clrType) : null));
        }

        return new WireObject(fields, allowsOtherFields);
    }

    public string FieldList() => string.Join(", ", Fields.Keys);

    private static WireType ToWireType(Type clrType, Type owner, PropertyInfo property)
    {
        if (clrType == typeof(string) || clrType.IsEnum)
        {
            return WireType.String; // enum members are checked by the rules, which name the allowed values
        }

        if (clrType == typeof(int))
        {
            return WireType.Int32;
        }

        if (clrType == typeof(long))
        {
            return WireType.Int64;
        }

        if (clrType == typeof(double) || clrType == typeof(float) || clrType == typeof(decimal))
        {
            return WireType.Number;
        }

        if (clrType == typeof(bool))
        {
            return WireType.Boolean;
        }

        if (clrType.IsClass && clrType.Namespace == owner.Namespace)
        {
            return WireType.Object;
        }

        // A spec change brought a shape the fake cannot check yet: fail loudly rather than accept anything.
        throw new NotSupportedException($"The fake server cannot validate {owner.Name}.{property.Name} of type {clrType}.");
    }
}
