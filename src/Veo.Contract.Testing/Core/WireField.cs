namespace Veo.Contract.Testing.Core;

/// <summary>One field of a request object: its JSON name and type, whether it is required, and for objects their fields.</summary>
internal sealed class WireField
{
    public WireField(string name, WireType type, bool required, WireObject? members)
    {
        Name = name;
        Type = type;
        Required = required;
        Members = members;
    }

    public string Name { get; }

    public WireType Type { get; }

    public bool Required { get; }

    /// <summary>The fields of a nested object; null for scalars.</summary>
    public WireObject? Members { get; }

    public string TypeName => Type switch
    {
        WireType.String => "a string",
        WireType.Int32 => "a 32-bit integer",
        WireType.Int64 => "a 64-bit integer",
        WireType.Number => "a number",
        WireType.Boolean => "true or false",
        _ => "an object",
    };
}
