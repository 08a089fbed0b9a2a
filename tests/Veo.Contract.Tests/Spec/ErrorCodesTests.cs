using System.Collections.Generic;
using System.IO;
using System.Linq;
using Veo.Contract.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Veo.Contract.Tests.Spec;

/// <summary>
/// The spec's x-error-codes list becomes VeoErrorCodes: one constant per code, in the spec's order, and a malformed
/// entry stops the build with a message on its spec line.
/// </summary>
public class ErrorCodesTests
{
    private static readonly string Spec = File.ReadAllText(RepoPaths.Spec);

    [Fact]
    public void VeoErrorCodes_holds_exactly_the_codes_the_spec_lists_in_its_order()
    {
        Assert.Equal(SpecCodes().Select(entry => entry.Code), VeoErrorCodes.All);
    }

    [Fact]
    public void Every_code_names_its_source_and_only_task_failed_is_the_vendors()
    {
        var sources = SpecCodes().ToDictionary(entry => entry.Code, entry => entry.Source);

        Assert.Equal("vendor", sources[VeoErrorCodes.TaskFailed]);
        Assert.All(sources.Where(pair => pair.Key != VeoErrorCodes.TaskFailed), pair => Assert.Equal("assumption", pair.Value));
    }

    [Fact]
    public void The_real_spec_compiles_into_one_documented_constant_per_code()
    {
        var (exitCode, errors, _, code) = SpecCompilerRun.ErrorCodes(Spec);

        Assert.True(exitCode == 0, errors);
        Assert.Contains("public const string TaskNotCancellable = \"task_not_cancellable\";", code);
        Assert.Contains("/// <summary>The account's balance is too low for the request. HTTP 402. Source: assumption.</summary>", code);
        Assert.Contains("/// <summary>The task failed; the code of a failed task's <c>error</c>, never of an HTTP error. Source: vendor.</summary>", code);
    }

    [Theory]
    [InlineData("        - code: insufficient_balance\n", "        - code: unauthorized\n", "error code 'unauthorized' is listed more than once")]
    [InlineData("        - code: insufficient_balance\n", "        - code: unauthorized-\n", "error codes 'unauthorized' and 'unauthorized-' would both be named Unauthorized")]
    [InlineData("        - code: insufficient_balance\n", "        - code: insufficient balance\n", "error code 'insufficient balance' must be ASCII letters, digits")]
    [InlineData("        - code: insufficient_balance\n          statuses: [402]\n", "        - code: insufficient_balance\n          statuses: [200]\n", "error code 'insufficient_balance': status '200' is not an HTTP error status")]
    [InlineData("        - code: insufficient_balance\n          statuses: [402]\n          source: assumption\n", "        - code: insufficient_balance\n          statuses: [402]\n", "error code 'insufficient_balance' needs a source")]
    [InlineData("        - code: insufficient_balance\n          statuses: [402]\n", "        - code: insufficient_balance\n          status: [402]\n", "unknown key 'status' in an error code")]
    public void A_malformed_entry_is_reported_at_its_line(string find, string replace, string expected)
    {
        var (text, line) = SpecCompilerRun.Mutate(Spec, find, replace);

        var (exitCode, errors, specPath, _) = SpecCompilerRun.ErrorCodes(text);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, errors);
        Assert.Contains("error VEOSPEC", errors);
        var reported = int.Parse(errors.Substring(specPath.Length + 1).Split(',')[0]);
        Assert.InRange(reported, line, line + 3);
    }

    [Fact]
    public void A_spec_without_the_list_fails_the_build()
    {
        var (text, _) = SpecCompilerRun.Mutate(Spec, "      x-error-codes:\n", "      x-error-codez:\n");

        var (exitCode, errors, _, _) = SpecCompilerRun.ErrorCodes(text);

        Assert.Equal(1, exitCode);
        Assert.Contains("the spec has no 'x-error-codes' list", errors);
    }

    private static IEnumerable<(string Code, string Source)> SpecCodes()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Spec));
        var schemas = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["components"])["schemas"];
        var list = (YamlSequenceNode)((YamlMappingNode)schemas["ErrorCode"])["x-error-codes"];
        return list.Children.Cast<YamlMappingNode>().Select(entry => (entry["code"].ToString(), entry["source"].ToString())).ToList();
    }
}
