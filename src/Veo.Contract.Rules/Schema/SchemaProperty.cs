namespace Veo.Contract.Rules;

/// <summary>One entry of a schema's properties: the field and the schema its value must match when it is sent.</summary>
internal sealed class SchemaProperty
{
    public SchemaProperty(ContractField field, SchemaNode schema)
    {
        Field = field;
        Schema = schema;
    }

    public ContractField Field { get; }

    public SchemaNode Schema { get; }
}
