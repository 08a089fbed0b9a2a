using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Veo.Contract.Tests.Support;
using Xunit;

namespace Veo.Contract.Tests.Spec;

/// <summary>
/// Shapes another spec may use that this one does not (found by the second API, tests/Veo.Contract.SecondApi.Tests):
/// the spec compiler must read them as standard JSON Schema means them, not as this spec happens to write them.
/// </summary>
public class OtherSpecShapesTests
{
    private static readonly string Spec = File.ReadAllText(RepoPaths.Spec);

    [Fact]
    public void An_enum_in_an_advice_condition_is_not_the_fields_list_of_known_values()
    {
        // Advice about some models names them in its if: that is a condition, not the list of models.
        var (text, _) = SpecCompilerRun.Mutate(Spec, "      x-advice:\n", """
                  x-advice:
                    - if:
                        required: [model]
                        properties:
                          model:
                            enum: [veo-3.0, veo-3.1-fast]
                      then:
                        not:
                          required: [callback_url]
                      x-rule:
                        id: VEO0099
                        severity: info
                        title: Callback on a listed model
                        source: vendor
                        message: "{Field} is set for model '{ifValue}'."

            """);

        var (exitCode, errors, _, code) = SpecCompilerRun.Command("client", text);

        Assert.True(exitCode == 0, errors);
        Assert.Contains("IReadOnlyList<string> All { get; } = new[] { Veo31, Veo31Fast, Veo30 };", code);
    }

    [Fact]
    public void Enum_members_the_spec_does_not_name_get_the_names_the_dtos_have()
    {
        var (text, _) = SpecCompilerRun.Mutate(Spec, "      x-enumNames: [Landscape16x9, Portrait9x16]\n", "");

        var client = SpecCompilerRun.Command("client", text);
        var contract = SpecCompilerRun.Command("contract", text);

        Assert.True(client.ExitCode == 0, client.Errors);
        Assert.True(contract.ExitCode == 0, contract.Errors);
        var members = Regex.Matches(Regex.Match(client.Code, @"public enum AspectRatio\s*\{(?<body>[^}]*)\}").Groups["body"].Value, @"(?m)^\s*(?<name>\w+) = \d+,")
            .Select(match => match.Groups["name"].Value)
            .ToList();
        Assert.Equal(2, members.Count);
        // The table's names for 16:9 and 9:16 are the DTO enum's, so ToFacts and the analyzer send the right wire value.
        Assert.Contains($"enumValues: new[] {{ \"16:9\", \"9:16\" }}, enumMemberNames: new[] {{ \"{members[0]}\", \"{members[1]}\" }}", contract.Code);
    }
}
