using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Veo.Contract.Analyzers.Tests.Support;
using Veo.Contract.CodeFixes;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Flow;

/// <summary>Locals that certainly hold one constant are followed to their use; any doubt keeps the analyzer silent.</summary>
public sealed class LocalFlowTests
{
    private static DiagnosticResult Veo0003 => new DiagnosticResult("VEO0003", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1);

    private static string Method(string body) => $$"""
        using System;
        using Veo.Contract;

        public class Sample
        {
            private int _field = 6;

            public CreateTaskRequest Build(bool flag, Func<int> next)
            {
        {{body}}
            }

            private static void Change(ref int value) => value = 8;

            private static void Make(out int value) => value = 6;
        }
        """;

    /// <summary>A method with nothing else in its class, for the fixes (whose tests fail on any compiler warning).</summary>
    private static string Fixed(string body) => $$"""
        using System;
        using Veo.Contract;

        public class Sample
        {
            public CreateTaskRequest Build(bool flag)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public Task Reports_a_local_assigned_once_at_its_use()
        => VeoVerifier.AnalyzeAsync(Method("""
                    var d = 6;
                    return new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = {|#1:Resolution.FullHd1080p|}, Duration = {|#0:d|} };
            """), Veo0003);

    [Fact]
    public Task Reports_locals_for_the_resolution_and_the_model()
        => VeoVerifier.AnalyzeAsync(Method("""
                    var res = Resolution.Uhd4k;
                    var model = "veo-3.0";
                    return new CreateTaskRequest { Model = {|#1:model|}, Prompt = "Rain", Resolution = {|#0:res|}, Duration = 8 };
            """), new DiagnosticResult("VEO0004", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1));

    [Fact]
    public Task Reports_a_local_given_the_same_constant_on_every_branch()
        => VeoVerifier.AnalyzeAsync(Method("""
                    int d;
                    if (flag) { d = 6; } else { d = 6; }
                    var r = new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = {|#1:Resolution.FullHd1080p|} };
                    r.Duration = {|#0:d|};
                    return r;
            """), Veo0003);

    [Fact]
    public Task Fixes_the_value_of_a_local_that_feeds_only_the_field()
        => VeoVerifier.FixAsync<ReplaceValueCodeFixProvider>(Fixed("""
                    var d = 6;
                    return new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = {|#1:Resolution.FullHd1080p|}, Duration = {|#0:d|} };
            """), Fixed("""
                    var d = 8;
                    return new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = Resolution.FullHd1080p, Duration = d };
            """), Veo0003);

    [Fact]
    public Task Fixes_every_store_of_the_same_constant()
        => VeoVerifier.FixAsync<ReplaceValueCodeFixProvider>(Fixed("""
                    int d;
                    if (flag) { d = 6; } else { d = 6; }
                    var r = new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = {|#1:Resolution.FullHd1080p|} };
                    r.Duration = {|#0:d|};
                    return r;
            """), Fixed("""
                    int d;
                    if (flag) { d = 8; } else { d = 8; }
                    var r = new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = Resolution.FullHd1080p };
                    r.Duration = d;
                    return r;
            """), Veo0003);

    [Fact]
    public Task Fixes_the_use_when_the_local_is_read_elsewhere_too()
        => VeoVerifier.FixAsync<ReplaceValueCodeFixProvider>(Fixed("""
                    var d = 6;
                    Console.WriteLine(d);
                    return new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = {|#1:Resolution.FullHd1080p|}, Duration = {|#0:d|} };
            """), Fixed("""
                    var d = 6;
                    Console.WriteLine(d);
                    return new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = Resolution.FullHd1080p, Duration = 8 };
            """), Veo0003);

    [Fact]
    public Task Switches_the_model_where_a_local_gets_it()
        => VeoVerifier.FixAsync<ReplaceConditionCodeFixProvider>(Fixed("""
                    var model = "veo-3.0";
                    return new CreateTaskRequest { Model = {|#1:model|}, Prompt = "Rain", Resolution = {|#0:Resolution.Uhd4k|}, Duration = 8 };
            """), Fixed("""
                    var model = VeoModels.Veo31;
                    return new CreateTaskRequest { Model = model, Prompt = "Rain", Resolution = Resolution.Uhd4k, Duration = 8 };
            """), new DiagnosticResult("VEO0004", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1));

    [Fact]
    public Task Removes_a_local_that_fed_only_the_removed_field()
        => VeoVerifier.FixAsync<RemoveAssignmentCodeFixProvider>(Fixed("""
                    var seed = 7L;
                    return new CreateTaskRequest { Model = {|#1:"veo-3.0"|}, Prompt = "Rain", Seed = {|#0:seed|} };
            """), Fixed("""
                    return new CreateTaskRequest { Model = "veo-3.0", Prompt = "Rain" };
            """), new DiagnosticResult("VEO0005", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1));

    [Theory]
    [InlineData("var d = 6; if (flag) { d = 8; }")]
    [InlineData("int d; if (flag) { d = 6; } else { d = 8; }")]
    [InlineData("var d = 8; for (var i = 0; i < 3; i++) { d -= 1; }")]
    [InlineData("var d = 8; while (flag) { d = 6; flag = false; }")]
    [InlineData("var d = 6; d++;")]
    [InlineData("var d = 6; Change(ref d);")]
    [InlineData("int d; Make(out d);")]
    [InlineData("Make(out var d);")]
    [InlineData("var d = 6; Action reset = () => d = 8; reset();")]
    [InlineData("var d = 6; void Reset() => d = 8; Reset();")]
    [InlineData("var d = 6; (d, _) = (8, 0);")]
    [InlineData("var d = 6; ref var alias = ref d; alias = 8;")]
    [InlineData("var d = next();")]
    [InlineData("var d = _field;")]
    public Task Stays_silent_when_the_local_may_hold_another_value(string declaration)
        => VeoVerifier.AnalyzeAsync(Method($$"""
                    {{declaration}}
                    return new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = Resolution.FullHd1080p, Duration = d };
            """));
}
