using System;

namespace Veo.Contract.Rules;

/// <summary>The standard JSON-schema keywords a schema rule reports; each field is checked in this order and only its first broken keyword is reported.</summary>
[Flags]
internal enum SchemaKeywords
{
    None = 0,
    Required = 1,
    Enum = 2,
    Minimum = 4,
    Maximum = 8,
    MultipleOf = 16,
    MinLength = 32,
    MaxLength = 64,
    Pattern = 128,
}
