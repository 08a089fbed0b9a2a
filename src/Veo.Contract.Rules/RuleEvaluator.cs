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
            if (rule.Kind == RuleKind.Schema || (schemaFindings > 0 && rule.IsSingleValueRule && HasFindingOn(findings, rule.Field)))
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
                return CheckKnown(rule, facts, out var model) || FindModel(model) is not null
                    ? null
                    : Finding(rule, model, ("allowed", RuleMessage.JoinAlternatives(ModelIds())));
            case RuleKind.AllowedValues:
                return CheckKnown(rule, facts, out var value) || Contains(rule.Values, value)
                    ? null
                    : Finding(rule, value, ("allowed", RuleMessage.JoinAlternatives(rule.Values)));
            case RuleKind.Requires:
                return CheckRequires(rule, facts);
            case RuleKind.ModelCapability:
                return CheckCapability(rule, facts);
            case RuleKind.NotNegation:
                return CheckNegation(rule, facts);
            case RuleKind.AbsoluteHttpUrl:
                return CheckKnown(rule, facts, out var url) || IsAbsoluteHttpUrl(url!) ? null : Finding(rule, url);
            default:
                return null;
        }
    }

    private static bool HasFindingOn(List<RuleFinding> findings, RuleField? field)
    {
        foreach (var finding in findings)
        {
            if (finding.Field == field)
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

    /// <summary>True when the rule cannot apply: the field is not set to a known non-null value.</summary>
    private static bool CheckKnown(RuleDefinition rule, RequestFacts facts, out string? text)
    {
        var value = facts.Get(rule.Field!.WireName);
        text = value.Text;
        return value.State != FactState.Known || text is null;
    }

    private static RuleFinding? CheckRequires(RuleDefinition rule, RequestFacts facts)
    {
        if (rule.WhenField is null
            || !facts.TryGetEffective(rule.WhenField, out var trigger)
            || !Contains(rule.WhenValues, trigger)
            || !facts.TryGetEffective(rule.Field!, out var value)
            || Contains(rule.Values, value))
        {
            return null;
        }

        return Finding(rule, value, ("whenValue", trigger!), ("allowed", RuleMessage.JoinAlternatives(rule.Values)));
    }

    private static RuleFinding? CheckCapability(RuleDefinition rule, RequestFacts facts)
    {
        var modelFact = facts.Get(VeoRuleTable.ModelField.WireName);
        var model = modelFact.State == FactState.Known ? FindModel(modelFact.Text) : null;
        if (model is null || rule.Capability is null || CheckKnown(rule, facts, out var value))
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
        if (CheckKnown(rule, facts, out var text))
        {
            return null;
        }

        var trimmed = text!.TrimStart();
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
