using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Support;

/// <summary>
/// One rule's test material: the field under test, a value that breaks the rule, one that does not, and the other
/// fields the request needs. Builds the same request in every <see cref="RequestForm"/>. The offending value is
/// marked {|#0:…|}; a partner value the rule also reads (the model, the resolution) is marked {|#1:…|} in the context.
/// </summary>
public sealed class RuleScenario
{
    private readonly (string Property, string Value)[] _context;

    public RuleScenario(string id, DiagnosticSeverity severity, string property, string constType, string bad, string good, params (string Property, string Value)[] context)
    {
        Id = id;
        Severity = severity;
        Property = property;
        ConstType = constType;
        Bad = bad;
        Good = good;
        _context = context;
    }

    public string Id { get; }

    public DiagnosticSeverity Severity { get; }

    /// <summary>Property path, e.g. Duration or Extra.PersonGeneration.</summary>
    public string Property { get; }

    public string ConstType { get; }

    public string Bad { get; }

    public string Good { get; }

    private bool HasPartner => _context.Any(c => c.Value.Contains("{|#1:", StringComparison.Ordinal));

    public RuleScenario WithContext(params (string Property, string Value)[] context)
        => new(Id, Severity, Property, ConstType, Bad, Good, context);

    /// <summary>Forms in which a run-time value can stand (a const cannot hold one).</summary>
    public static TheoryData<RequestForm> RuntimeForms { get; } = new()
    {
        RequestForm.ObjectInitializer,
        RequestForm.LaterAssignment,
        RequestForm.ConditionalBranch,
        RequestForm.HelperNamedArgument,
        RequestForm.WithExpression,
    };

    public TheoryData<RequestForm> Forms()
    {
        var forms = new TheoryData<RequestForm>();
        foreach (var form in Enum.GetValues<RequestForm>())
        {
            if (form != RequestForm.FoldedString || ConstType == "string")
            {
                forms.Add(form);
            }
        }

        return forms;
    }

    public DiagnosticResult Expected()
    {
        var result = new DiagnosticResult(Id, Severity).WithLocation(0);
        return HasPartner ? result.WithLocation(1) : result;
    }

    public Task VerifyReportedAsync(RequestForm form)
        => VeoVerifier.AnalyzeAsync(ClientFor(form), Source(form, Bad, marked: true), Expected());

    public Task VerifyCleanAsync(RequestForm form)
        => VerifyCleanAsync(form, Good);

    public Task VerifyCleanAsync(RequestForm form, string value)
        => VeoVerifier.AnalyzeAsync(ClientFor(form), StripMarkup(Source(form, value, marked: false)));

    /// <summary>The field set to a value only known at run time (a parameter's property), in the given form.</summary>
    public Task VerifyNonConstantIgnoredAsync(RequestForm form)
        => VeoVerifier.AnalyzeAsync(ClientFor(form), StripMarkup(Source(form, RuntimeValue(), marked: false)));

    /// <summary>A ?: with one run-time branch and one offending constant branch: only the constant is reported.</summary>
    public Task VerifyConstantBranchNextToRuntimeValueAsync()
        => VeoVerifier.AnalyzeAsync(
            ClientKind.Real,
            Build(RequestForm.ObjectInitializer, $"flag ? {RuntimeValue()} : {{|#0:{Bad}|}}", string.Empty),
            Expected());

    public static ClientKind ClientFor(RequestForm form) => form is RequestForm.HelperNamedArgument or RequestForm.HelperPositionalArgument or RequestForm.WithExpression
        ? ClientKind.StubWithHelpers
        : ClientKind.Real;

    public string Source(RequestForm form, string value, bool marked)
    {
        string Mark(string text) => marked ? "{|#0:" + text + "|}" : text;
        return form switch
        {
            RequestForm.ConstLocal => Build(form, Mark("value"), $"const {ConstType} value = {value};"),
            RequestForm.ConstField => Build(form, Mark("Value"), string.Empty, $"private const {ConstType} Value = {value};"),
            RequestForm.ConditionalBranch => Build(form, $"flag ? {Good} : {Mark(value)}", string.Empty),
            RequestForm.FoldedString => Build(form, Mark(Split(value)), string.Empty),
            _ => Build(form, Mark(value), string.Empty),
        };
    }

    private string RuntimeValue() => Property.Contains('.') ? "template.Extra.PersonGeneration" : "template." + Property;

    private string Build(RequestForm form, string valueExpression, string prelude, string fields = "")
    {
        var body = form switch
        {
            RequestForm.LaterAssignment =>
                $"var r = new CreateTaskRequest {{ {string.Join(", ", ContextMembers())} }};\n        {LaterAssignment(valueExpression)}\n        return r;",
            RequestForm.HelperNamedArgument => $"return VeoRequests.Create({string.Join(", ", NamedArguments(valueExpression))});",
            RequestForm.HelperPositionalArgument => $"return VeoRequests.Create({string.Join(", ", PositionalArguments(valueExpression))});",
            RequestForm.WithExpression => $"return template with {{ {Members(valueExpression)} }};",
            _ => $"return new CreateTaskRequest {{ {Members(valueExpression)} }};",
        };
        return $$"""
            using Veo.Contract;

            public class Sample
            {
                {{fields}}

                public CreateTaskRequest Build(CreateTaskRequest template, bool flag)
                {
                    {{prelude}}
                    {{body}}
                }
            }
            """;
    }

    private IEnumerable<string> ContextMembers() => _context.Select(c => $"{c.Property} = {c.Value}");

    private string Members(string valueExpression) => string.Join(", ", ContextMembers().Append(Member(valueExpression)));

    private string Member(string valueExpression) => Property.Contains('.')
        ? $"Extra = new GenerationExtra {{ PersonGeneration = {valueExpression} }}"
        : $"{Property} = {valueExpression}";

    private string LaterAssignment(string valueExpression) => Property.Contains('.')
        ? $"r.Extra = new GenerationExtra();\n        r.Extra.PersonGeneration = {valueExpression};"
        : $"r.{Property} = {valueExpression};";

    private Dictionary<string, string> Arguments(string valueExpression)
    {
        var arguments = _context.ToDictionary(c => Camel(c.Property), c => c.Value);
        arguments[Camel(Property)] = valueExpression;
        arguments.TryAdd("prompt", "\"A prompt\"");
        return arguments;
    }

    private IEnumerable<string> NamedArguments(string valueExpression)
        => Arguments(valueExpression).Select(a => $"{a.Key}: {a.Value}");

    private IEnumerable<string> PositionalArguments(string valueExpression)
    {
        var arguments = Arguments(valueExpression);
        var last = ClientStub.HelperParameters.Select((name, index) => arguments.ContainsKey(name) ? index : 0).Max();
        return ClientStub.HelperParameters.Take(last + 1).Select(name => arguments.TryGetValue(name, out var value) ? value : "null");
    }

    private static string Camel(string property)
    {
        var name = property.Substring(property.LastIndexOf('.') + 1);
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    /// <summary>"veo-2" becomes "veo" + "-2": the compiler folds it back into one constant.</summary>
    private static string Split(string literal)
    {
        var text = literal.Substring(1, literal.Length - 2);
        var middle = text.Length / 2;
        return $"\"{text.Substring(0, middle)}\" + \"{text.Substring(middle)}\"";
    }

    private static string StripMarkup(string source) => Regex.Replace(source, @"\{\|#\d+:(.*?)\|\}", "$1");
}
