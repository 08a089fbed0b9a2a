using System.Collections.Generic;
using System.Linq;
using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules;

/// <summary>
/// Messages say what to write, never a regular expression: no rule's template quotes one, and neither does any message
/// the engine formats (the same text Validate(), the analyzer and the fake's 400 show) over a sample of requests that
/// breaks every rule. An unknown listed value gets "did you mean" when one listed value is near.
/// </summary>
public class MessagesSayWhatToWriteTests
{
    // What no message about a value needs: the operators of a regular expression ('?' ends "did you mean ...?").
    private static readonly char[] RegexOperators = ['^', '$', '\\', '[', ']', '*', '+', '|'];

    [Fact]
    public void No_template_quotes_a_pattern_or_uses_regular_expression_syntax()
    {
        var patterns = ContractSchema.Rules.SelectMany(rule => Nodes(rule.Schema)).Select(node => node.Pattern).OfType<string>().ToList();
        Assert.NotEmpty(patterns);

        foreach (var rule in ContractSchema.Rules)
        {
            Assert.True(rule.MessageTemplate.IndexOfAny(RegexOperators) < 0, $"{rule.Id}: {rule.MessageTemplate}");
            Assert.DoesNotContain(patterns, pattern => rule.MessageTemplate.Contains(pattern, System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void No_formatted_message_quotes_a_pattern()
    {
        var patterns = ContractSchema.Rules.SelectMany(rule => Nodes(rule.Schema)).Select(node => node.Pattern).OfType<string>().ToList();
        var messages = SampleMessages();

        // The sample breaks every rule of the spec at least once, so every template is formatted.
        Assert.Equal(ContractSchema.Rules.Select(r => r.Id).Distinct().OrderBy(id => id), messages.Keys.OrderBy(id => id));
        foreach (var (id, texts) in messages)
        {
            foreach (var text in texts)
            {
                // The sample values themselves contain no operator, so any operator would come from the message.
                Assert.True(text.IndexOfAny(RegexOperators) < 0, $"{id}: {text}");
                Assert.DoesNotContain(patterns, pattern => text.Contains(pattern, System.StringComparison.Ordinal));
                Assert.DoesNotContain("{", text, System.StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void An_unknown_model_id_near_a_listed_one_gets_did_you_mean()
    {
        var typo = new CreateTaskRequest { Model = "veo-3.1-fats", Prompt = "Rain" }.Validate().Single();
        var unrelated = new CreateTaskRequest { Model = "sora-2", Prompt = "Rain" }.Validate().Single();

        Assert.Equal("Model 'veo-3.1-fats' is not a known model id (did you mean 'veo-3.1-fast'?); use one of veo-3.1, veo-3.1-fast or veo-3.0, or keep it if the service has added it.", typo.Message);
        Assert.Equal("Model 'sora-2' is not a known model id; use one of veo-3.1, veo-3.1-fast or veo-3.0, or keep it if the service has added it.", unrelated.Message);
    }

    [Fact]
    public void Every_message_that_lists_known_texts_can_suggest_one()
    {
        var listing = ContractSchema.Rules
            // A conditional rule's {allowed} is the one value its condition leaves (the fix), not a list to pick from.
            .Where(rule => rule.Trigger is null && rule.MessageTemplate.Contains("{allowed}", System.StringComparison.Ordinal)
                           && Nodes(rule.Schema).Any(node => node.Enum is { } values && values.All(v => v.Kind == FactKind.String)))
            .ToList();

        Assert.Contains(listing, rule => rule.Id == "VEO0001");
        Assert.All(listing, rule => Assert.Contains("{didYouMean}", rule.MessageTemplate, System.StringComparison.Ordinal));
    }

    /// <summary>Every rule's messages over a valid request with one or two fields changed to sample values (or left out).</summary>
    private static Dictionary<string, List<string>> SampleMessages()
    {
        var changes = new List<(ContractField Field, FactValue Value)>();
        foreach (var field in ContractSchema.ValueFields)
        {
            changes.Add((field, FactValue.Absent));
            var samples = field.Type == SchemaType.String ? Texts : Numbers;
            changes.AddRange(samples.Select(value => (field, value)));
            changes.AddRange(ContractSchema.Engine.CandidatesFor(field).Select(value => (field, value)));
        }

        var messages = new Dictionary<string, List<string>>();
        foreach (var first in changes)
        {
            foreach (var second in changes.Where(c => !ReferenceEquals(c.Field, first.Field)))
            {
                var facts = RequestFacts.Complete();
                facts.SetText(ContractFields.Model, "veo-3.1");
                facts.SetText(ContractFields.Prompt, "a fox");
                facts.Set(first.Field, first.Value);
                facts.Set(second.Field, second.Value);
                foreach (var finding in ContractSchema.Engine.Evaluate(facts))
                {
                    if (!messages.TryGetValue(finding.Rule.Id, out var texts))
                    {
                        messages[finding.Rule.Id] = texts = new List<string>();
                    }

                    texts.Add(finding.FormatMessage(RuleNaming.Property));
                    texts.Add(finding.FormatMessage(RuleNaming.Wire));
                }
            }
        }

        return messages;
    }

    private static readonly FactValue[] Texts =
    [
        FactValue.String(""), FactValue.String(" "), FactValue.String("x"), FactValue.String("no cars"), FactValue.String("never rain"),
        FactValue.String("hooks/veo"), FactValue.String("Veo-3.1"), FactValue.String("1080P"), FactValue.String("16x9"),
        FactValue.String("allow_adults"), FactValue.String("Generate"), FactValue.String(new string('a', 10_001)),
    ];

    private static readonly FactValue[] Numbers = [FactValue.Number(-1), FactValue.Number(5), FactValue.Number(6), FactValue.Number(10), FactValue.Number(4294967296)];

    private static IEnumerable<SchemaNode> Nodes(SchemaNode node)
    {
        yield return node;
        var parts = node.Properties.Select(p => p.Schema).Concat(node.AllOf).Concat(node.AnyOf).Concat(node.OneOf)
            .Concat(new[] { node.Not, node.If, node.Then, node.Else }.OfType<SchemaNode>());
        foreach (var part in parts)
        {
            foreach (var inner in Nodes(part))
            {
                yield return inner;
            }
        }
    }
}
