namespace Veo.Contract.Rules;

/// <summary>The JSON type the spec gives a request field.</summary>
internal enum SchemaType
{
    String,
    Integer,
    Number,
    Boolean,
    Object,
}
