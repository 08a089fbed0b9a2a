using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.DependencyInjection;

/// <summary>
/// `services.AddVeoClient()` with no key anywhere (configuration, code, VEO_API_KEY) refuses before sending, instead of
/// sending to the production address; `Veo:AuthenticationHandledElsewhere` lets a gateway or handler authenticate.
/// Runs alone: it clears VEO_API_KEY.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class MissingApiKeyTests : IDisposable
{
    private readonly string? _key = Environment.GetEnvironmentVariable(VeoClientOptions.ApiKeyEnvironmentVariable);

    public MissingApiKeyTests() => Environment.SetEnvironmentVariable(VeoClientOptions.ApiKeyEnvironmentVariable, null);

    public void Dispose() => Environment.SetEnvironmentVariable(VeoClientOptions.ApiKeyEnvironmentVariable, _key);

    [Fact]
    public async Task A_registered_client_without_a_key_sends_nothing_and_names_where_a_key_is_read_from()
    {
        var server = new ScriptedHandler().Json(System.Net.HttpStatusCode.OK, TaskJson.Created);
        var services = new ServiceCollection();
        services.AddVeoClient().ConfigurePrimaryHttpMessageHandler(() => server);
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<VeoClient>();

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoMissingApiKeyException>(() => client.SubmitAsync(Clients.VendorExample())));

        Assert.Empty(server.Requests);
        Assert.Contains("VEO_API_KEY", error.Message);
        Assert.Contains("Veo:ApiKey", error.Message);
    }

    [Fact]
    public async Task Configuration_can_say_that_authentication_is_handled_elsewhere()
    {
        var server = new ScriptedHandler().Json(System.Net.HttpStatusCode.OK, TaskJson.Created);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Veo:AuthenticationHandledElsewhere"] = "true" })
            .Build());
        services.AddVeoClient().ConfigurePrimaryHttpMessageHandler(() => server);
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<VeoClient>();

        var created = await client.CreateTaskAsync(Clients.VendorExample());

        Assert.Equal(TaskJson.TaskId, created.TaskId);
        Assert.Equal(new string?[] { null }, server.AuthorizationHeaders);
        Assert.True(client.Options.AuthenticationHandledElsewhere);
    }
}
