using System.Collections.Generic;
using System.Text;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>
/// The fixed benchmark code: files of request constructions in the forms users write (initializer, later assignments,
/// locals, a helper, a ?:), either all valid or each with one finding.
/// </summary>
public static class RequestSources
{
    public const int Files = 20;

    public const int MethodsPerFile = 10;

    /// <summary>Each method builds five requests.</summary>
    public const int RequestsPerMethod = 5;

    public const int Requests = Files * MethodsPerFile * RequestsPerMethod;

    public static IEnumerable<string> Create(bool withFindings)
    {
        for (var file = 0; file < Files; file++)
        {
            var text = new StringBuilder();
            text.AppendLine("using System.Threading.Tasks;");
            text.AppendLine("using Veo.Contract;");
            text.AppendLine($"public static class Requests{file}");
            text.AppendLine("{");
            for (var method = 0; method < MethodsPerFile; method++)
            {
                // Findings: 1080p with 6 s (VEO0003), an unknown model (VEO0001), a negated negative prompt (VEO0010).
                var duration = withFindings ? "6" : "8";
                var model = withFindings ? "\"veo-2.9\"" : "\"veo-3.0\"";
                var negative = withFindings ? "\"no blur\"" : "\"blur\"";
                text.AppendLine($$"""
                        public static CreateTaskRequest[] Build{{method}}(string prompt, bool wide)
                        {
                            var first = new CreateTaskRequest { Model = "veo-3.1", Prompt = "A cat {{method}}", Resolution = Resolution.FullHd1080p, Duration = {{duration}} };
                            var second = new CreateTaskRequest { Model = {{model}}, Prompt = prompt };
                            second.NegativePrompt = {{negative}};
                            var d = {{duration}};
                            var third = new CreateTaskRequest { Model = "veo-3.1", Prompt = prompt, Resolution = Resolution.Uhd4k, Duration = d };
                            var fourth = new CreateTaskRequest { Model = "veo-3.1", Prompt = prompt, Resolution = wide ? Resolution.FullHd1080p : Resolution.Uhd4k, Duration = {{duration}} };
                            var fifth = new CreateTaskRequest { Model = "veo-3.1", Prompt = prompt };
                            fifth.Duration = 8;
                            return new[] { first, second, third, fourth, fifth };
                        }
                    """);
            }

            text.AppendLine("}");
            yield return text.ToString();
        }
    }
}
