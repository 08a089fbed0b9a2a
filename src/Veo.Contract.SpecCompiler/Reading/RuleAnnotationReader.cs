using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>Reads an x-rule annotation: id, severity, title, message and source, each checked.</summary>
internal static partial class RuleAnnotationReader
{
    public const string Key = "x-rule";

    private static readonly string[] Keys = ["id", "severity", "title", "message", "source"];

    private static readonly string[] Severities = ["error", "warning", "info"];

    public static RuleAnnotation Read(YamlNode node)
    {
        if (node is not YamlMappingNode rule)
        {
            throw SpecYaml.Error(node, "x-rule must be a mapping of id, severity, title, message and source");
        }

        foreach (var key in rule.Children.Keys.Cast<YamlScalarNode>())
        {
            if (!Keys.Contains(key.Value))
            {
                throw SpecYaml.Error(key, $"unknown x-rule key '{key.Value}'; expected one of {string.Join(", ", Keys)}");
            }
        }

        var id = rule.Scalar("id");
        if (!RuleId().IsMatch(id))
        {
            throw SpecYaml.Error(rule.Child("id")!, $"rule id '{id}' must be capital letters and then at least three digits, like VEO0001");
        }

        var severity = rule.Scalar("severity");
        if (!Severities.Contains(severity))
        {
            throw SpecYaml.Error(rule.Child("severity")!, $"rule {id}: severity '{severity}' is not one of {string.Join(", ", Severities)}");
        }

        var source = rule.Scalar("source").Trim();
        var kind = source switch
        {
            "" => throw SpecYaml.Error(rule.Child("source")!, $"rule {id}: source is empty; name who says so (vendor, a public document, limit or assumption)"),
            "vendor" => "Vendor",
            "limit" => "Limit",
            "assumption" => "Assumption",
            _ => "Document",
        };
        return new RuleAnnotation(id, severity, rule.OptionalScalar("title"), rule.Scalar("message"), kind, source);
    }

    [GeneratedRegex("^[A-Z]{2,}[0-9]{3,}$")]
    private static partial Regex RuleId();
}
