using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Veo.Contract.Analyzers.Tests.Support;
using Veo.Contract.CodeFixes;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Flow;

/// <summary>
/// Private helpers and local functions that build a request from their parameters: a constant a call passes is
/// reported on that argument, a default value on the default. Public helpers and changed parameters stay silent.
/// </summary>
public sealed class HelperFlowTests
{
    private static DiagnosticResult Veo0003 => new DiagnosticResult("VEO0003", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1);

    [Fact]
    public Task Reports_the_constant_a_call_passes_to_a_private_helper()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build() => Make({|#0:6|});

                public CreateTaskRequest Other(int seconds) => Make(seconds);

                private static CreateTaskRequest Make(int duration)
                    => new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = {|#1:Resolution.FullHd1080p|}, Duration = duration };
            }
            """, Veo0003);

    [Fact]
    public Task Reports_the_constant_a_call_passes_to_a_local_function()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build()
                {
                    return Make({|#1:"veo-3.0"|}, {|#0:Resolution.Uhd4k|});

                    static CreateTaskRequest Make(string model, Resolution resolution)
                    {
                        var r = new CreateTaskRequest { Model = model, Prompt = "Rain", Duration = 8 };
                        r.Resolution = resolution;
                        return r;
                    }
                }
            }
            """, new DiagnosticResult("VEO0004", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1));

    [Fact]
    public Task Reports_a_default_value_the_request_cannot_take()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build() => Make();

                static CreateTaskRequest Make(int duration = {|#0:6|})
                    => new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = {|#1:Resolution.FullHd1080p|}, Duration = duration };
            }
            """, Veo0003);

    [Fact]
    public Task Fixes_the_argument_at_the_call()
        => VeoVerifier.FixAsync<ReplaceValueCodeFixProvider>("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build() => Make({|#0:6|});

                private static CreateTaskRequest Make(int duration)
                    => new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = {|#1:Resolution.FullHd1080p|}, Duration = duration };
            }
            """, """
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build() => Make(8);

                private static CreateTaskRequest Make(int duration)
                    => new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = Resolution.FullHd1080p, Duration = duration };
            }
            """, Veo0003);

    [Theory]
    [InlineData("public", "int duration", "duration", "Make(6)")]
    [InlineData("internal", "int duration", "duration", "Make(6)")]
    [InlineData("private", "int duration", "duration = duration > 0 ? duration : 8", "Make(6)")]
    [InlineData("private", "int duration", "duration++", "Make(6)")]
    [InlineData("private", "ref int duration", "duration", "Make(ref seconds)")]
    [InlineData("private", "int duration", "duration", "Make(seconds)")]
    [InlineData("public", "int duration = 6", "duration", "Make()")]
    public Task Stays_silent_when_the_helper_or_its_parameter_may_see_another_value(string access, string parameter, string read, string call)
        => VeoVerifier.AnalyzeAsync($$"""
            using Veo.Contract;

            public class Sample
            {
                private int seconds = 6;

                public CreateTaskRequest Build() => {{call}};

                {{access}} CreateTaskRequest Make({{parameter}})
                    => new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = Resolution.FullHd1080p, Duration = {{read}} };
            }
            """);
}
