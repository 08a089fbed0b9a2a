using System.IO;
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
}
