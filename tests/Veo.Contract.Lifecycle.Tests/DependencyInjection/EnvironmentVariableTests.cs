using System;
using Microsoft.Extensions.DependencyInjection;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.DependencyInjection;

/// <summary>VEO_API_KEY and VEO_BASE_URL fill what configuration and code left unset. Runs alone: it changes the process environment.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class EnvironmentVariableTests : IDisposable
{
    private readonly string? _key = Environment.GetEnvironmentVariable(VeoClientOptions.ApiKeyEnvironmentVariable);
    private readonly string? _url = Environment.GetEnvironmentVariable(VeoClientOptions.BaseUrlEnvironmentVariable);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(VeoClientOptions.ApiKeyEnvironmentVariable, _key);
        Environment.SetEnvironmentVariable(VeoClientOptions.BaseUrlEnvironmentVariable, _url);
    }

    [Fact]
    public void The_environment_fills_key_and_base_address()
    {
        Environment.SetEnvironmentVariable(VeoClientOptions.ApiKeyEnvironmentVariable, Secrets.ApiKey);
        Environment.SetEnvironmentVariable(VeoClientOptions.BaseUrlEnvironmentVariable, "https://veo.env.test/");
        var services = new ServiceCollection();
        services.AddVeoClient();
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<VeoClient>();

        Assert.Equal(Secrets.ApiKey, client.Options.ApiKey);
        Assert.Equal(new Uri("https://veo.env.test/"), client.Options.BaseAddress);
    }

    [Fact]
    public void Code_wins_over_the_environment()
    {
        Environment.SetEnvironmentVariable(VeoClientOptions.ApiKeyEnvironmentVariable, "sk-from-environment");
        Environment.SetEnvironmentVariable(VeoClientOptions.BaseUrlEnvironmentVariable, "https://veo.env.test/");

        var options = new VeoClientOptions { ApiKey = Secrets.ApiKey, BaseAddress = new Uri("https://veo.code.test/") }.ApplyEnvironment();

        Assert.Equal(Secrets.ApiKey, options.ApiKey);
        Assert.Equal(new Uri("https://veo.code.test/"), options.BaseAddress);
    }

    [Fact]
    public void A_base_url_that_is_not_absolute_http_is_refused_with_the_variable_named()
    {
        Environment.SetEnvironmentVariable(VeoClientOptions.BaseUrlEnvironmentVariable, "qingbo.dev");

        var error = Assert.Throws<ArgumentException>(() => new VeoClientOptions().ApplyEnvironment());

        Assert.Contains(VeoClientOptions.BaseUrlEnvironmentVariable, error.Message);
    }
}
