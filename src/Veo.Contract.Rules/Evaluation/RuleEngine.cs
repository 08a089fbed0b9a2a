using System;
using System.Collections.Generic;
using System.Globalization;

namespace Veo.Contract.Rules;

/// <summary>
/// Runs every rule of a contract over what is known of a request and turns each broken one into a finding: the field
/// to blame, the message's arguments and the remedies, all worked out from the schema. One engine serves the client's
/// Validate(), the analyzer and the fake server, so the three cannot drift apart.
/// </summary>
internal sealed class RuleEngine
{
    private const int MaxQuotedLength = 80;

    private readonly IReadOnlyList<ContractField> _fields;
    private readonly CandidateValues _candidates;
    private readonly HashSet<ContractField> _alwaysRequired = new();

    public RuleEngine(IReadOnlyList<SchemaRule> rules, IReadOnlyList<ContractField> fields)
    {
        Rules = rules;
        _fields = fields;
        _candidates = new CandidateValues(rules);
        foreach (var rule in rules)
        {
            if (rule.Field is null && rule.Schema.If is null)
            {
                _alwaysRequired.UnionWith(rule.Schema.Required);
            }
        }
    }

    public IReadOnlyList<SchemaRule> Rules { get; }

    /// <summary>The values the spec names for <paramref name="field"/>, in spec order (enum lists, consts, short ranges).</summary>
    public IReadOnlyList<FactValue> CandidatesFor(ContractField field) => _candidates.For(field);

    /// <summary>Every broken rule, by id and then field order. A field whose own schema is broken gets that finding only.</summary>
    public List<RuleFinding> Evaluate(RequestFacts facts)
    {
        var view = new FactView(facts);
        List<(SchemaRule Rule, Outcome Outcome)>? broken = null;
        foreach (var rule in Rules)
        {
            var outcome = Check(rule, view);
            if (outcome.Truth == Truth.False)
            {
                (broken ??= new List<(SchemaRule, Outcome)>()).Add((rule, outcome));
            }
        }

        var findings = new List<RuleFinding>();
        if (broken is null)
        {
            return findings;
        }

        for (var i = 0; i < broken.Count; i++)
        {
            var (rule, outcome) = broken[i];
            if (!Reported(broken, i, view))
            {
                continue;
            }

            findings.Add(CreateFinding(rule, outcome, view));
        }

        findings.Sort(Compare);
        return findings;
    }

    /// <summary>The rule's verdict; a field's own schema applies only when the field is sent.</summary>
    public static Outcome Check(SchemaRule rule, FactView facts)
    {
        if (rule.Field is null)
        {
            return SchemaEvaluator.Evaluate(rule.Schema, null, facts);
        }

        return facts.Get(rule.Field).State == FactState.Absent ? Outcome.Pass(rule.Field) : SchemaEvaluator.Evaluate(rule.Schema, rule.Field, facts);
    }

    /// <summary>
    /// One finding per value: a value its own field's schema rejects (a number off its range, a name off its list) gets that finding, and
    /// no advice on top; a rule about a combination still speaks when it pins the one value that satisfies both (a
    /// length for a size), not when it could only point at another field's value (which would not make this value valid).
    /// </summary>
    private bool Reported(List<(SchemaRule Rule, Outcome Outcome)> broken, int index, FactView view)
    {
        var (rule, outcome) = broken[index];
        if (outcome.Field is not { } field || !OwnFindingBefore(broken, field, rule.Field is null ? broken.Count : index))
        {
            return true;
        }

        return rule.Field is null && rule.Trigger is not null && Satisfying(rule, field, view, field).Count == 1;
    }

    /// <summary>Whether one of the first <paramref name="count"/> broken rules is <paramref name="field"/>'s own.</summary>
    private static bool OwnFindingBefore(List<(SchemaRule Rule, Outcome Outcome)> broken, ContractField field, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (ReferenceEquals(broken[i].Rule.Field, field))
            {
                return true;
            }
        }

        return false;
    }

    private RuleFinding CreateFinding(SchemaRule rule, Outcome outcome, FactView view)
    {
        var field = outcome.Field;
        var value = field is null ? FactValue.Absent : view.Get(field);
        var template = rule.MessageTemplate;
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal) { ["value"] = Quote(value) };
        // The blamed field's satisfying values serve the message and a conditional rule's remedies; others skip the trials.
        var suggests = Uses(template, "didYouMean");
        var needsAllowed = Uses(template, "allowed") || suggests || rule.Trigger is not null;
        var allowed = field is null || !needsAllowed ? new List<FactValue>() : Satisfying(rule, field, view, field);
        if (Uses(template, "allowed"))
        {
            arguments["allowed"] = allowed.Count > 0 && !BreaksLongRange(outcome, field!) ? Join(allowed) : ConstraintText.Describe(outcome.Node, outcome.Keyword, field);
        }

        if (suggests)
        {
            // Empty when nothing listed is near: the template reads the same without it.
            arguments["didYouMean"] = NearestValue.Find(value, allowed) is { } nearest ? " (did you mean '" + nearest + "'?)" : string.Empty;
        }

        if (outcome.Keyword is SchemaKeyword.MinLength or SchemaKeyword.MaxLength && value.Text is { } text)
        {
            arguments["length"] = SchemaEvaluator.CodePoints(text).ToString(CultureInfo.InvariantCulture);
            arguments["limit"] = ConstraintText.Lengths(outcome.Node!);
        }

        var match = Match(outcome, value);
        if (match is not null)
        {
            arguments["match"] = match.Trim();
        }

        List<FactValue>? triggerValues = null;
        if (rule.Trigger is { } trigger)
        {
            arguments["ifValue"] = Quote(view.Get(trigger));
            triggerValues = Satisfying(rule, trigger, view, field);
            arguments["ifAllowed"] = Join(triggerValues);
        }

        return new RuleFinding(rule, field, value, rule.Trigger, arguments, Remedy(rule, field, value, allowed, triggerValues, match, view));
    }

    /// <summary>
    /// A bound broken on a range too long to list is described ("a whole number from 1 to 10"): the few values other
    /// rules name for the field (a const in some then) are not all that the range allows.
    /// </summary>
    private static bool BreaksLongRange(Outcome outcome, ContractField field)
        => outcome.Keyword is SchemaKeyword.Minimum or SchemaKeyword.Maximum or SchemaKeyword.ExclusiveMinimum or SchemaKeyword.ExclusiveMaximum or SchemaKeyword.MultipleOf
           && !CandidateValues.IsListedRange(outcome.Node!, field);

    /// <summary>
    /// Remedies of a conditional rule (write the one value its then pins, else change the condition's field to a listed
    /// value that satisfies it; drop an optional field with no default) and of a forbidden pattern (cut what matched).
    /// </summary>
    private RuleRemedy Remedy(SchemaRule rule, ContractField? field, FactValue value, List<FactValue> allowed, List<FactValue>? triggerValues, string? match, FactView view)
    {
        if (match is not null && value.Text is { } text)
        {
            var rest = text.TrimStart().Substring(match.TrimStart().Length).TrimStart();
            return rest.Length == 0 ? RuleRemedy.None : new RuleRemedy(FactValue.String(rest), false, null);
        }

        if (rule.Trigger is null || field is null)
        {
            return RuleRemedy.None;
        }

        FactValue? replacement = rule.PinsValue && allowed.Count == 1 ? allowed[0] : null;
        var removable = IsOptional(field) && Check(rule, view.With(field, FactValue.Absent)).Truth == Truth.True;
        FactValue? switchTo = !rule.PinsValue && triggerValues is { Count: > 0 } ? triggerValues[0] : null;
        return new RuleRemedy(replacement, removable, switchTo);
    }

    /// <summary>A field that may be left out and means nothing then (no default): dropping it is a fix, not a change of value.</summary>
    public bool IsOptional(ContractField field) => field.DefaultValue is null && !_alwaysRequired.Contains(field);

    /// <summary>Whether a finding of <paramref name="rule"/> can have each remedy, as far as the schema alone tells (for the code fixes' ids).</summary>
    public (bool Replace, bool ReplaceCondition, bool Remove) PossibleRemedies(SchemaRule rule)
    {
        var conditional = rule.Trigger is not null;
        var remove = false;
        if (conditional)
        {
            foreach (var field in FieldsNamed(rule.Schema.Then))
            {
                remove |= IsOptional(field);
            }
        }

        return (rule.PinsValue || rule.ForbidsPattern, conditional && !rule.PinsValue, remove);
    }

    private static IEnumerable<ContractField> FieldsNamed(SchemaNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        foreach (var field in node.Required)
        {
            yield return field;
        }

        foreach (var property in node.Properties)
        {
            yield return property.Field;
        }

        foreach (var part in new[] { node.Not, node.If, node.Then, node.Else })
        {
            foreach (var field in FieldsNamed(part))
            {
                yield return field;
            }
        }

        foreach (var part in node.AllOf)
        {
            foreach (var field in FieldsNamed(part))
            {
                yield return field;
            }
        }
    }

    /// <summary>
    /// The listed values of <paramref name="field"/> with which the rule holds, the others unchanged, and with which
    /// <paramref name="blamed"/>'s own rules hold too (changing the condition is no remedy for a value no condition allows),
    /// as do the rule's other cases: rules of one id about the same field state one constraint case by case (the sizes
    /// of each model), and a value that only moves the finding to another case mends nothing.
    /// </summary>
    private List<FactValue> Satisfying(SchemaRule rule, ContractField field, FactView view, ContractField? blamed)
    {
        var satisfying = new List<FactValue>();
        foreach (var candidate in _candidates.For(field))
        {
            var trial = view.With(field, candidate);
            if (Check(rule, trial).Truth == Truth.True && OtherCasesHold(rule, trial) && (blamed is null || OwnRulesHold(blamed, trial)))
            {
                satisfying.Add(candidate);
            }
        }

        return satisfying;
    }

    private bool OtherCasesHold(SchemaRule rule, FactView trial)
    {
        foreach (var other in Rules)
        {
            if (!ReferenceEquals(other, rule) && other.Id == rule.Id && ReferenceEquals(other.Field, rule.Field) && Check(other, trial).Truth != Truth.True)
            {
                return false;
            }
        }

        return true;
    }

    private bool OwnRulesHold(ContractField field, FactView trial)
    {
        foreach (var rule in Rules)
        {
            if (ReferenceEquals(rule.Field, field) && Check(rule, trial).Truth != Truth.True)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What a forbidden pattern matched in the value (the "no" of "no cars"); null for any other finding.</summary>
    private static string? Match(Outcome outcome, FactValue value)
    {
        if (outcome.Keyword != SchemaKeyword.Not || outcome.Node?.Regex is not { } regex || value.Text is not { } text)
        {
            return null;
        }

        try
        {
            var found = regex.Match(text);
            return found.Success && found.Length > 0 ? found.Value : null;
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private int Compare(RuleFinding a, RuleFinding b)
    {
        var byId = string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
        return byId != 0 ? byId : Position(a.Field).CompareTo(Position(b.Field));
    }

    private int Position(ContractField? field)
    {
        for (var i = 0; i < _fields.Count; i++)
        {
            if (ReferenceEquals(_fields[i], field))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Uses(string template, string placeholder) => template.IndexOf("{" + placeholder + "}", StringComparison.Ordinal) >= 0;

    private static string Join(List<FactValue> values)
    {
        var texts = new List<string>(values.Count);
        foreach (var value in values)
        {
            texts.Add(value.Text ?? string.Empty);
        }

        return RuleMessage.JoinAlternatives(texts);
    }

    /// <summary>A value as a message quotes it: a 10,000-character text is cut, the finding keeps it whole.</summary>
    private static string Quote(FactValue value)
        => value.Text is not { } text ? "null" : text.Length <= MaxQuotedLength ? text : text.Substring(0, MaxQuotedLength) + "…";
}
