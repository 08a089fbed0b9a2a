using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

/// <summary>A required field is reported missing only where the request is provably complete, never on a request handed to unknown code.</summary>
public sealed class Veo0013RequiredFieldTests
{
    private static DiagnosticResult Missing(int location = 0)
        => new DiagnosticResult("VEO0013", DiagnosticSeverity.Error).WithLocation(location).WithArguments("Model is required but not set.");

    private static string Sample(string members) => $$"""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Veo.Contract;

        public class Sample
        {
            {{members}}

            private static void Fill(CreateTaskRequest request) => request.Model = VeoModels.Veo31;
        }
        """;

    [Fact]
    public Task Reports_a_returned_request_without_a_model()
        => VeoVerifier.AnalyzeAsync(
            Sample("public CreateTaskRequest Build() => {|#0:new CreateTaskRequest { Prompt = \"Rain\" }|};"),
            Missing());

    [Fact]
    public Task Reports_a_request_passed_straight_to_the_client()
        => VeoVerifier.AnalyzeAsync(
            Sample("public Task Send(VeoClient client) => client.SubmitAsync({|#0:new CreateTaskRequest { Prompt = \"Rain\" }|});"),
            Missing());

    [Fact]
    public Task Reports_a_local_only_assigned_before_the_client_call()
        => VeoVerifier.AnalyzeAsync(
            Sample("""
                public async Task<string> Send(VeoClient client)
                {
                    var request = {|#0:new CreateTaskRequest { Prompt = "Rain" }|};
                    request.Duration = 8;
                    var response = await client.CreateTaskAsync(request);
                    return response.TaskId;
                }
                """),
            Missing());

    [Fact]
    public Task Reports_a_model_set_to_null_where_it_is_written()
        => VeoVerifier.AnalyzeAsync(
            Sample("public CreateTaskRequest Build() => new CreateTaskRequest { Model = {|#0:null|}, Prompt = \"Rain\" };"),
            Missing());

    [Fact]
    public Task Accepts_a_local_whose_model_is_set_later()
        => VeoVerifier.AnalyzeAsync(Sample("""
            public CreateTaskRequest Build()
            {
                var request = new CreateTaskRequest { Prompt = "Rain" };
                request.Model = VeoModels.Veo31;
                return request;
            }
            """));

    [Fact]
    public Task Ignores_a_local_handed_to_unknown_code_before_the_call()
        => VeoVerifier.AnalyzeAsync(Sample("""
            public Task Send(VeoClient client)
            {
                var request = new CreateTaskRequest { Prompt = "Rain" };
                Fill(request);
                return client.SubmitAsync(request);
            }
            """));

    [Fact]
    public Task Ignores_a_local_changed_in_a_statement_the_analyzer_does_not_follow()
        => VeoVerifier.AnalyzeAsync(Sample("""
            public Task Send(VeoClient client, bool fast)
            {
                var request = new CreateTaskRequest { Prompt = "Rain" };
                if (fast)
                {
                    request.Model = VeoModels.Veo31Fast;
                }

                return client.SubmitAsync(request);
            }
            """));

    [Fact]
    public Task Ignores_a_request_passed_to_unknown_code()
        => VeoVerifier.AnalyzeAsync(Sample("""
            public void Build(List<CreateTaskRequest> requests)
            {
                Fill(new CreateTaskRequest { Prompt = "Rain" });
                requests.Add(new CreateTaskRequest { Prompt = "Snow" });
            }
            """));

    [Fact]
    public Task Ignores_a_local_that_is_never_sent_or_returned()
        => VeoVerifier.AnalyzeAsync(Sample("""
            public void Build()
            {
                var request = new CreateTaskRequest { Prompt = "Rain" };
                request.Duration = 8;
            }
            """));

    [Fact]
    public Task Ignores_requests_built_by_helpers_constructors_and_with()
        => VeoVerifier.AnalyzeAsync(ClientKind.StubWithHelpers, """
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Helper() => VeoRequests.Create(prompt: "Rain");

                public CreateTaskRequest Constructor() => new CreateTaskRequest("Rain", "veo-3.1") { Duration = 8 };

                public CreateTaskRequest With(CreateTaskRequest template) => template with { Prompt = "Rain" };
            }
            """);

    [Fact]
    public Task Reports_the_missing_model_and_the_blank_prompt_once_each()
        => VeoVerifier.AnalyzeAsync(
            Sample("public CreateTaskRequest Build() => {|#0:new CreateTaskRequest { Prompt = {|#1:\"  \"|} }|};"),
            Missing(),
            new DiagnosticResult("VEO0009", DiagnosticSeverity.Error).WithLocation(1));
}
