using System;
using System.Collections.Generic;
using System.Globalization;

namespace Veo.Contract.Rules;

/// <summary>
/// Runs the generated rule table over what is known of a request. One implementation serves the client's
/// Validate(), the analyzer and the fake server, so the three cannot drift apart.
/// </summary>
internal static class RuleEvaluator
{
    private const int MaxQuotedLength = 80;

    public static List<RuleFinding> Evaluate(RequestFacts facts)
    {
        var findings = new List<RuleFinding>();
        var fields = VeoRequestSchema.ValueFields;
        for (var i = 0; i < fields.Length; i++)
        {
            var finding = SchemaChecks.Check(fields[i], facts);
            if (finding is not null)
            {
                findings.Add(finding);
            }
        }

        var schemaFindings = findings.Count;
        foreach (var rule in VeoRuleTable.Rules)
        {
            // One finding per value: a value that already breaks its schema (model "", action "Generate!") is not also "unknown".
            if (rule.Kind == RuleKind.Schema || (rule.IsSingleValueRule && HasFindingOn(findings, schemaFindings, rule.Field)))
            {
                continue;
            }

            var finding = Check(rule, facts);
            if (finding is not null)
            {
                findings.Add(finding);
            }
        }

        SortById(findings);
        return findings;
    }

    public static RuleFinding? Check(RuleDefinition rule, RequestFacts facts)
    {
        switch (rule.Kind)
        {
            case RuleKind.KnownModel:
                return CheckKnownModel(rule, facts);
            case RuleKind.AllowedValues:
                return CheckAllowedValues(rule, facts);
            case RuleKind.Requires:
                return CheckRequires(rule, facts);
            case RuleKind.ModelCapability:
                return CheckCapability(rule, facts);
            case RuleKind.NotNegation:
                return CheckNegation(rule, facts);
            case RuleKind.AbsoluteHttpUrl:
                return CheckUrl(rule, facts);
            default:
                return null;
        }
    }

    /// <summary>Whether one of the first <paramref name="count"/> findings (the schema checks') is on <paramref name="field"/>.</summary>
    private static bool HasFindingOn(List<RuleFinding> findings, int count, RuleField? field)
    {
        for (var i = 0; i < count; i++)
        {
            if (findings[i].Field == field)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Findings in id order, fields in spec order within an id: the same list from every consumer.</summary>
    private static void SortById(List<RuleFinding> findings)
    {
        // Insertion sort: stable, and a request has a finding or two.
        for (var i = 1; i < findings.Count; i++)
        {
            var current = findings[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(findings[j].Rule.Id, current.Rule.Id) > 0)
            {
                findings[j + 1] = findings[j];
                j--;
            }

            findings[j + 1] = current;
        }
    }

    /// <summary>
    /// The rule field's value when it is set to a known value; null when the rule cannot apply (unset, unknown, or a
    /// known null). Only a known fact carries text.
    /// </summary>
    private static string? KnownText(RuleDefinition rule, RequestFacts facts) => facts.Get(rule.Field!.WireName).Text;

    // The checks below declare no out or pattern variables inside conditions: Stryker copies a mutated condition next
    // to the original, and two declarations of one name would not compile (the mutant would count in no score).
    private static RuleFinding? CheckKnownModel(RuleDefinition rule, RequestFacts facts)
    {
        var model = KnownText(rule, facts);
        if (model is null || FindModel(model) is not null)
        {
            return null;
        }

        return Finding(rule, model, ("allowed", RuleMessage.JoinAlternatives(ModelIds())));
    }

    private static RuleFinding? CheckAllowedValues(RuleDefinition rule, RequestFacts facts)
    {
        var value = KnownText(rule, facts);
        if (value is null || Contains(rule.Values, value))
        {
            return null;
        }

        return Finding(rule, value, ("allowed", RuleMessage.JoinAlternatives(rule.Values)));
    }

    private static RuleFinding? CheckUrl(RuleDefinition rule, RequestFacts facts)
    {
        var url = KnownText(rule, facts);
        if (url is null || IsAbsoluteHttpUrl(url))
        {
            return null;
        }

        return Finding(rule, url);
    }

    private static RuleFinding? CheckRequires(RuleDefinition rule, RequestFacts facts)
    {
        if (rule.WhenField is null)
        {
            return null;
        }

        var trigger = facts.Effective(rule.WhenField);
        if (trigger is null || !Contains(rule.WhenValues, trigger))
        {
            return null;
        }

        var value = facts.Effective(rule.Field!);
        if (value is null || Contains(rule.Values, value))
        {
            return null;
        }

        return Finding(rule, value, ("whenValue", trigger), ("allowed", RuleMessage.JoinAlternatives(rule.Values)));
    }

    private static RuleFinding? CheckCapability(RuleDefinition rule, RequestFacts facts)
    {
        var model = FindModel(facts.Get(VeoRuleTable.ModelField.WireName).Text);
        var value = KnownText(rule, facts);
        if (model is null || rule.Capability is null || value is null)
        {
            return null;
        }

        // The common case (the model supports the value) returns before the alternatives are listed: Validate() runs on every send.
        if (model.Supports(rule.Capability, value))
        {
            return null;
        }

        // A value no model supports is another rule's business (allowed values); report only what a model switch fixes.
        var supporting = new List<string>();
        foreach (var candidate in VeoRuleTable.Models)
        {
            if (candidate.Supports(rule.Capability, value))
            {
                supporting.Add(candidate.Id);
            }
        }

        if (supporting.Count == 0)
        {
            return null;
        }

        return Finding(rule, value, ("model", model.Id), ("supportingModels", RuleMessage.JoinAlternatives(supporting)));
    }

    private static RuleFinding? CheckNegation(RuleDefinition rule, RequestFacts facts)
    {
        var text = KnownText(rule, facts);
        if (text is null)
        {
            return null;
        }

        var trimmed = text.TrimStart();
        foreach (var negation in rule.Negations)
        {
            if (StartsWithWord(trimmed, negation))
            {
                return Finding(rule, text, ("negation", trimmed.Substring(0, negation.Length)));
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="text"/> begins with <paramref name="word"/> as a whole word ("no cars", not "nothing").</summary>
    private static bool StartsWithWord(string text, string word)
        => text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
           && (text.Length == word.Length || !char.IsLetterOrDigit(text[word.Length]));

    private static bool IsAbsoluteHttpUrl(string text)
        => Uri.TryCreate(text, UriKind.Absolute, out var uri)
           && (uri.Scheme == "http" || uri.Scheme == "https")
           && !string.IsNullOrEmpty(uri.Host);

    private static ModelCapabilities? FindModel(string? id)
    {
        foreach (var model in VeoRuleTable.Models)
        {
            if (model.Id == id)
            {
                return model;
            }
        }

        return null;
    }

    private static List<string> ModelIds()
    {
        var ids = new List<string>();
        foreach (var model in VeoRuleTable.Models)
        {
            ids.Add(model.Id);
        }

        return ids;
    }

    public static bool Contains(IReadOnlyList<string> values, string? value)
    {
        // An index loop: foreach over IReadOnlyList<T> allocates an enumerator on every call.
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static RuleFinding Finding(RuleDefinition rule, string? value, params (string Name, string Value)[] arguments)
        => Finding(rule, rule.Field!, value, arguments);

    public static RuleFinding Finding(RuleDefinition rule, RuleField field, string? value, params (string Name, string Value)[] arguments)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal) { ["value"] = Shorten(value) };
        foreach (var (name, text) in arguments)
        {
            map[name] = text;
        }

        return new RuleFinding(rule, field, value, map);
    }

    /// <summary>A value as a message quotes it: a 10,000-character prompt is cut, the violation keeps it whole.</summary>
    private static string Shorten(string? value)
        => value is null ? "null" : value.Length <= MaxQuotedLength ? value : value.Substring(0, MaxQuotedLength) + "…";

    /// <summary>Formats an integer the way it goes on the wire.</summary>
    public static string WireNumber(long value) => value.ToString(CultureInfo.InvariantCulture);
}
