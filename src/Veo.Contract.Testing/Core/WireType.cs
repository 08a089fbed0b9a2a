namespace Veo.Contract.Testing.Core;

/// <summary>The JSON type a request field must have, taken from the generated DTO's property type.</summary>
internal enum WireType
{
    String,
    Int32,
    Int64,
    Number,
    Boolean,
    Object,
}
