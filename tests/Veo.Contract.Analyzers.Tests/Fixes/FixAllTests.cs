using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Veo.Contract.Analyzers.Tests.Support;
using Veo.Contract.CodeFixes;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Fixes;

/// <summary>
/// Fix All over every rule a provider fixes at once: one provider's fixes share one equivalence key, so a document
/// with VEO0003 and VEO0010 (or VEO0004 and VEO0005) is fixed in a single Fix All pass.
/// </summary>
public sealed class FixAllTests
{
    [Fact]
    public Task Replaces_a_duration_and_a_negation_in_one_fix_all()
        => VeoVerifier.FixAsync<ReplaceValueCodeFixProvider>("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build() => new CreateTaskRequest
                {
                    Model = VeoModels.Veo31,
                    Prompt = "Rain",
                    Resolution = {|#1:Resolution.FullHd1080p|},
                    Duration = {|#0:6|},
                    NegativePrompt = {|#2:"no cars"|},
                };
            }
            """, """
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build() => new CreateTaskRequest
                {
                    Model = VeoModels.Veo31,
                    Prompt = "Rain",
                    Resolution = Resolution.FullHd1080p,
                    Duration = 8,
                    NegativePrompt = "cars",
                };
            }
            """,
            new DiagnosticResult("VEO0003", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1),
            new DiagnosticResult("VEO0010", DiagnosticSeverity.Info).WithLocation(2));

    [Fact]
    public Task Switches_the_model_for_4k_and_drops_a_seed_alone_in_one_fix_all()
        => VeoVerifier.FixAsync<ReplaceConditionCodeFixProvider>("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Night() => new CreateTaskRequest { Model = {|#1:VeoModels.Veo30|}, Prompt = "Night", Resolution = {|#0:Resolution.Uhd4k|}, Duration = 8 };

                public CreateTaskRequest Day() => new CreateTaskRequest { Model = {|#3:"veo-3.0"|}, Prompt = "Day", Seed = {|#2:7|} };
            }
            """, """
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Night() => new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "Night", Resolution = Resolution.Uhd4k, Duration = 8 };

                public CreateTaskRequest Day() => new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "Day", Seed = 7 };
            }
            """, """
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Night() => new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "Night", Resolution = Resolution.Uhd4k, Duration = 8 };

                public CreateTaskRequest Day() => new CreateTaskRequest { Model = "veo-3.0", Prompt = "Day" };
            }
            """,
            new DiagnosticResult("VEO0004", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1),
            new DiagnosticResult("VEO0005", DiagnosticSeverity.Warning).WithLocation(2).WithLocation(3));

    [Fact]
    public Task Removes_two_seeds_in_one_fix_all()
        => VeoVerifier.FixAsync<RemoveAssignmentCodeFixProvider>("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest A() => new CreateTaskRequest { Model = {|#1:VeoModels.Veo30|}, Prompt = "A", Seed = {|#0:1|} };

                public CreateTaskRequest B() => new CreateTaskRequest { Model = {|#3:VeoModels.Veo30|}, Prompt = "B", Seed = {|#2:2|} };
            }
            """, """
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest A() => new CreateTaskRequest { Model = VeoModels.Veo30, Prompt = "A" };

                public CreateTaskRequest B() => new CreateTaskRequest { Model = VeoModels.Veo30, Prompt = "B" };
            }
            """,
            new DiagnosticResult("VEO0005", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1),
            new DiagnosticResult("VEO0005", DiagnosticSeverity.Warning).WithLocation(2).WithLocation(3));
}
