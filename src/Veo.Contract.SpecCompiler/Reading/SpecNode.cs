using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// One JSON Schema object of a rule, checked: the keywords the evaluator reads, with the fields that properties and
/// required name resolved against the request's shape.
/// </summary>
internal sealed class SpecNode(YamlNode where)
{
    public YamlNode Where { get; } = where;

    public string? Type { get; set; }

    public IReadOnlyList<SpecLiteral>? Enum { get; set; }

    public bool IsConst { get; set; }

    public string? Minimum { get; set; }

    public string? Maximum { get; set; }

    public string? ExclusiveMinimum { get; set; }

    public string? ExclusiveMaximum { get; set; }

    public string? MultipleOf { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public string? Pattern { get; set; }

    public List<SpecField> Required { get; } = [];

    public List<(SpecField Field, SpecNode Schema)> Properties { get; } = [];

    public List<SpecNode> AllOf { get; } = [];

    public List<SpecNode> AnyOf { get; } = [];

    public List<SpecNode> OneOf { get; } = [];

    public SpecNode? Not { get; set; }

    public SpecNode? If { get; set; }

    public SpecNode? Then { get; set; }

    public SpecNode? Else { get; set; }

    /// <summary>This node and every node below it.</summary>
    public IEnumerable<SpecNode> SelfAndDescendants()
    {
        var parts = Properties.Select(p => p.Schema).Concat(AllOf).Concat(AnyOf).Concat(OneOf)
            .Concat(new[] { Not, If, Then, Else }.OfType<SpecNode>());
        return parts.SelectMany(part => part.SelfAndDescendants()).Prepend(this);
    }
}
