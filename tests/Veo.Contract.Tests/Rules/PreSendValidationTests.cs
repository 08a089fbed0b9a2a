using System.Linq;
using System.Threading.Tasks;
using Veo.Contract.Tests.Support;
using Xunit;

namespace Veo.Contract.Tests.Rules;

/// <summary>The client refuses to send what the service would reject, before any HTTP traffic.</summary>
public class PreSendValidationTests
{
    [Fact]
    public async Task Four_k_on_veo_3_0_throws_before_the_handler_sees_a_request()
    {
        var handler = new CapturingHandler(Golden.Read("vendor-example-response.json"));
        var request = new CreateTaskRequest { Model = "veo-3.0", Prompt = "city lights", Resolution = Resolution.Uhd4k };

        var error = await Assert.ThrowsAsync<VeoValidationException>(() => CapturingHandler.Client(handler).CreateTaskAsync(request));

        Assert.Empty(handler.Requests);
        Assert.Equal("VEO0004", Assert.Single(error.Violations).Id);
        Assert.Contains("VEO0004", error.Message);
    }

    [Fact]
    public async Task The_exception_lists_every_violation_warnings_included()
    {
        var handler = new CapturingHandler(Golden.Read("vendor-example-response.json"));
        var request = new CreateTaskRequest { Model = "veo-9", Prompt = " ", Duration = 5 };

        var error = await Assert.ThrowsAsync<VeoValidationException>(() => CapturingHandler.Client(handler).CreateTaskAsync(request));

        Assert.Equal(new[] { "VEO0001", "VEO0002", "VEO0009" }, error.Violations.Select(v => v.Id));
        foreach (var violation in error.Violations)
        {
            Assert.Contains(violation.Message, error.Message);
        }
    }

    [Fact]
    public async Task Warnings_alone_do_not_block_the_request()
    {
        var handler = new CapturingHandler(Golden.Read("vendor-example-response.json"));
        var request = new CreateTaskRequest { Model = "veo-4.0-preview", Prompt = "a kite", Extra = new GenerationExtra { PersonGeneration = "regional_default" } };

        await CapturingHandler.Client(handler).CreateTaskAsync(request);

        Assert.Single(handler.Requests);
        Assert.Equal(new[] { "VEO0001", "VEO0008" }, request.Validate().Select(v => v.Id));
    }

    [Fact]
    public async Task Validation_can_be_switched_off_by_users_who_know_better()
    {
        var handler = new CapturingHandler(Golden.Read("vendor-example-response.json"));
        var request = new CreateTaskRequest { Model = "veo-3.0", Prompt = "city lights", Resolution = Resolution.Uhd4k, Duration = 6 };

        await CapturingHandler.Client(handler, validate: false).CreateTaskAsync(request);

        var (_, body) = Assert.Single(handler.Requests);
        Assert.Contains("\"resolution\":\"4k\"", body);
    }
}
