using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.DependencyInjection;

/// <summary>VeoClientOptions from configuration, from code, and how each wins; bad settings give clear errors.</summary>
public class OptionsBindingTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Veo:ApiKey"] = Secrets.ApiKey,
        ["Veo:BaseAddress"] = "https://veo.config.test/",
        ["Veo:ValidateBeforeSend"] = "false",
        ["Veo:AttemptTimeout"] = "00:00:12",
        ["Veo:TotalRequestTimeout"] = "00:01:30",
        ["Veo:MaxRetries"] = "5",
        ["Veo:PollingInterval"] = "00:00:03",
        ["Veo:MaxPollingInterval"] = "00:00:20",
        ["Veo:WaitTimeout"] = "00:45:00",
    };

    [Fact]
    public void The_Veo_section_of_the_registered_configuration_is_bound()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(Settings).Build());
        services.AddVeoClient();
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<VeoClient>();

        Assert.Equal(Secrets.ApiKey, client.Options.ApiKey);
        Assert.Equal(new Uri("https://veo.config.test/"), client.Options.BaseAddress);
        Assert.False(client.Options.ValidateBeforeSend);
        Assert.Equal(TimeSpan.FromSeconds(12), client.Options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(90), client.Options.TotalRequestTimeout);
        Assert.Equal(5, client.Options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(3), client.Options.PollingInterval);
        Assert.Equal(TimeSpan.FromSeconds(20), client.Options.MaxPollingInterval);
        Assert.Equal(TimeSpan.FromMinutes(45), client.Options.WaitTimeout);
    }

    [Fact]
    public void A_section_passed_in_is_bound_and_code_overrides_it()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        var services = new ServiceCollection();
        services.AddVeoClient(configuration.GetSection("Veo"), options => options.MaxRetries = 1);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<VeoClientOptions>>().Value;

        Assert.Equal(1, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(3), options.PollingInterval);
    }

    [Fact]
    public void The_typed_client_resolves_the_configured_base_address_itself()
    {
        var services = new ServiceCollection();
        services.AddVeoClient(options =>
        {
            options.ApiKey = Secrets.ApiKey;
            options.BaseAddress = new Uri("https://veo.code.test/");
        });
        using var provider = services.BuildServiceProvider();

        var factory = provider.GetRequiredService<System.Net.Http.IHttpClientFactory>();

        // The address lives in the client: the HttpClient is left as the factory made it.
        Assert.Null(factory.CreateClient(VeoServiceCollectionExtensions.HttpClientName).BaseAddress);
        Assert.Equal(new Uri("https://veo.code.test/"), provider.GetRequiredService<VeoClient>().BaseAddress);
    }

    [Fact]
    public void Unusable_settings_are_refused_with_the_setting_named()
    {
        var services = new ServiceCollection();
        services.AddVeoClient(options => options.AttemptTimeout = TimeSpan.Zero);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<VeoClient>());

        Assert.Contains("AttemptTimeout", error.Message);
    }

    [Fact]
    public void Options_print_without_the_key()
    {
        var options = new VeoClientOptions { ApiKey = Secrets.ApiKey };

        CapturedText.Add("options ToString", options.ToString());

        Assert.DoesNotContain(Secrets.ApiKey, options.ToString());
        Assert.Contains("ApiKey=[redacted]", options.ToString());
        Assert.Contains("ApiKey=(not set)", new VeoClientOptions().ToString());
    }

    [Fact]
    public void A_polling_maximum_below_the_interval_is_refused()
    {
        var options = new VeoClientOptions { PollingInterval = TimeSpan.FromSeconds(5), MaxPollingInterval = TimeSpan.FromSeconds(2) };

        var error = Assert.Throws<ArgumentException>(options.EnsureUsable);

        Assert.Contains("MaxPollingInterval", error.Message);
    }
}
