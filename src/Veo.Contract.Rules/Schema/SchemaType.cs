namespace Veo.Contract.Rules;

/// <summary>The JSON type the spec gives a field.</summary>
internal enum SchemaType
{
    String,
    Integer,
    Number,
    Boolean,
    Object,
}
