using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Veo.Contract.Rules;

/// <summary>
/// One JSON Schema object of a rule, as the spec compiler wrote it: the standard keywords the evaluator reads
/// (type, enum/const, bounds, multipleOf, lengths, pattern, required, properties, allOf, anyOf, oneOf, not,
/// if/then/else). Properties and required name fields of the contract, resolved when the table was generated.
/// </summary>
internal sealed class SchemaNode
{
    // JSON Schema patterns are ECMAScript expressions. A match that runs longer than this is not evaluated (the
    // answer is "unknown", so no finding), in the analyzer as in Validate() and the fake: a slow pattern can neither
    // hang a build nor a send.
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    private static readonly SchemaNode[] None = Array.Empty<SchemaNode>();

    public SchemaNode(
        SchemaType? type = null,
        FactValue[]? @enum = null,
        bool isConst = false,
        decimal? minimum = null,
        decimal? maximum = null,
        decimal? exclusiveMinimum = null,
        decimal? exclusiveMaximum = null,
        decimal? multipleOf = null,
        int? minLength = null,
        int? maxLength = null,
        string? pattern = null,
        ContractField[]? required = null,
        SchemaProperty[]? properties = null,
        SchemaNode[]? allOf = null,
        SchemaNode[]? anyOf = null,
        SchemaNode[]? oneOf = null,
        SchemaNode? not = null,
        SchemaNode? @if = null,
        SchemaNode? then = null,
        SchemaNode? @else = null)
    {
        Type = type;
        Enum = @enum;
        IsConst = isConst;
        Minimum = minimum;
        Maximum = maximum;
        ExclusiveMinimum = exclusiveMinimum;
        ExclusiveMaximum = exclusiveMaximum;
        MultipleOf = multipleOf;
        MinLength = minLength;
        MaxLength = maxLength;
        Pattern = pattern;
        Required = required ?? Array.Empty<ContractField>();
        Properties = properties ?? Array.Empty<SchemaProperty>();
        AllOf = allOf ?? None;
        AnyOf = anyOf ?? None;
        OneOf = oneOf ?? None;
        Not = not;
        If = @if;
        Then = then;
        Else = @else;
        HasValueKeywords = type is not null || @enum is not null || minimum is not null || maximum is not null
            || exclusiveMinimum is not null || exclusiveMaximum is not null || multipleOf is not null
            || minLength is not null || maxLength is not null || pattern is not null;
        Regex = pattern is null ? null : new Regex(pattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant, PatternTimeout);
    }

    public SchemaType? Type { get; }

    /// <summary>The values enum allows, or the one value const allows (<see cref="IsConst"/>).</summary>
    public IReadOnlyList<FactValue>? Enum { get; }

    public bool IsConst { get; }

    public decimal? Minimum { get; }

    public decimal? Maximum { get; }

    public decimal? ExclusiveMinimum { get; }

    public decimal? ExclusiveMaximum { get; }

    public decimal? MultipleOf { get; }

    public int? MinLength { get; }

    public int? MaxLength { get; }

    public string? Pattern { get; }

    public Regex? Regex { get; }

    public IReadOnlyList<ContractField> Required { get; }

    public IReadOnlyList<SchemaProperty> Properties { get; }

    public IReadOnlyList<SchemaNode> AllOf { get; }

    public IReadOnlyList<SchemaNode> AnyOf { get; }

    public IReadOnlyList<SchemaNode> OneOf { get; }

    public SchemaNode? Not { get; }

    public SchemaNode? If { get; }

    public SchemaNode? Then { get; }

    public SchemaNode? Else { get; }

    /// <summary>True when the node constrains the value it applies to itself (not only its fields or subschemas).</summary>
    public bool HasValueKeywords { get; }
}
