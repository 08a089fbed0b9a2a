namespace Veo.Contract.Rules;

/// <summary>The keyword that decided an outcome, for the message of a broken rule (its limit, its values, what matched).</summary>
internal enum SchemaKeyword
{
    None,
    Type,
    Enum,
    Minimum,
    Maximum,
    ExclusiveMinimum,
    ExclusiveMaximum,
    MultipleOf,
    MinLength,
    MaxLength,
    Pattern,
    Required,
    Not,
}
