using System.Linq;
using Xunit;

namespace Veo.Contract.Tests.Rules;

/// <summary>Invalid values of each field, one rule at a time, with severities and messages.</summary>
public class FieldRuleTests
{
    private static CreateTaskRequest Valid() => new() { Model = "veo-3.1", Prompt = "A fox in the snow" };

    private static VeoRuleViolation Only(CreateTaskRequest request) => Assert.Single(request.Validate());

    [Fact]
    public void A_valid_request_has_no_violations()
        => Assert.Empty(new CreateTaskRequest
        {
            Model = "veo-3.1",
            Action = "generate",
            Prompt = "A fox in the snow",
            AspectRatio = AspectRatio.Portrait9x16,
            Duration = 8,
            Resolution = Resolution.Uhd4k,
            NegativePrompt = "people",
            Seed = 1,
            CallbackUrl = "https://example.com/hook",
            Extra = new GenerationExtra { PersonGeneration = "allow_adult" },
        }.Validate());

    [Theory]
    [InlineData("veo-9")]
    [InlineData("VEO-3.1")]
    public void Unknown_model_is_a_warning_and_switches_off_capability_rules(string model)
    {
        var request = Valid();
        request.Model = model;
        request.Resolution = Resolution.Uhd4k;
        request.Seed = 3;

        var violation = Only(request);
        Assert.Equal("VEO0001", violation.Id);
        Assert.Equal(VeoRuleSeverity.Warning, violation.Severity);
        Assert.Equal("model", violation.Field);
        Assert.Contains("veo-3.1, veo-3.1-fast or veo-3.0", violation.Message);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(0)]
    [InlineData(-4)]
    [InlineData(10)]
    [InlineData(7)]
    public void Duration_outside_4_6_8_is_an_error(int seconds)
    {
        var request = Valid();
        request.Duration = seconds;

        var violation = Only(request);
        Assert.Equal("VEO0002", violation.Id);
        Assert.Equal(VeoRuleSeverity.Error, violation.Severity);
        Assert.Equal(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), violation.Value);
        Assert.Equal($"Duration {seconds} is not supported; use one of 4, 6 or 8 seconds.", violation.Message);
    }

    [Fact]
    public void High_resolution_with_a_short_duration_names_both_fields()
    {
        var request = Valid();
        request.Resolution = Resolution.FullHd1080p;
        request.Duration = 6;

        var violation = Only(request);
        Assert.Equal("VEO0003", violation.Id);
        Assert.Equal("duration", violation.Field);
        Assert.Equal("Duration", violation.PropertyName);
        Assert.Equal("Resolution '1080p' requires Duration 8, but Duration is 6.", violation.Message);
    }

    [Fact]
    public void Four_k_on_veo_3_0_suggests_the_models_that_support_it()
    {
        var request = Valid();
        request.Model = "veo-3.0";
        request.Resolution = Resolution.Uhd4k;

        var violation = Only(request);
        Assert.Equal("VEO0004", violation.Id);
        Assert.Equal("Resolution '4k' is not supported by model 'veo-3.0'; use model veo-3.1 or veo-3.1-fast.", violation.Message);
    }

    [Fact]
    public void Undefined_enum_values_are_reported_not_sent()
    {
        var request = Valid();
        request.AspectRatio = (AspectRatio)7;
        request.Resolution = (Resolution)9;

        Assert.Equal(new[] { "VEO0006", "VEO0007" }, request.Validate().Select(v => v.Id));
    }

    [Theory]
    [InlineData("allow_kids")]
    [InlineData("everyone")]
    public void Unknown_person_generation_is_a_warning(string value)
    {
        var request = Valid();
        request.Extra = new GenerationExtra { PersonGeneration = value };

        var violation = Only(request);
        Assert.Equal("VEO0008", violation.Id);
        Assert.Equal(VeoRuleSeverity.Warning, violation.Severity);
        Assert.Equal("extra.personGeneration", violation.Field);
        Assert.Equal("Extra.PersonGeneration", violation.PropertyName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Missing_or_blank_prompt_is_an_error(string? prompt)
    {
        var request = Valid();
        request.Prompt = prompt!;

        var violation = Only(request);
        Assert.Equal("VEO0009", violation.Id);
        Assert.Equal(VeoRuleSeverity.Error, violation.Severity);
    }

    [Theory]
    [InlineData("no cars", "no")]
    [InlineData("  No people, no text", "No")]
    [InlineData("Don't show buildings", "Don't")]
    [InlineData("do not add music", "do not")]
    [InlineData("without blur", "without")]
    public void Negative_prompt_phrased_as_a_negation_is_a_hint(string negativePrompt, string negation)
    {
        var request = Valid();
        request.NegativePrompt = negativePrompt;

        var violation = Only(request);
        Assert.Equal("VEO0010", violation.Id);
        Assert.Equal(VeoRuleSeverity.Info, violation.Severity);
        Assert.Contains($"starts with '{negation}'", violation.Message);
    }

    [Theory]
    [InlineData("cars")]
    [InlineData("nothing fancy")]
    [InlineData("notebooks, novels")]
    public void Negative_prompt_describing_things_directly_is_fine(string negativePrompt)
    {
        var request = Valid();
        request.NegativePrompt = negativePrompt;

        Assert.Empty(request.Validate());
    }

    [Theory]
    [InlineData("ftp://example.com/hook")]
    [InlineData("/hooks/veo")]
    [InlineData("example.com/hook")]
    [InlineData("not a url")]
    [InlineData("")]
    public void Callback_url_must_be_absolute_http(string url)
    {
        var request = Valid();
        request.CallbackUrl = url;

        Assert.Equal("VEO0011", Only(request).Id);
    }

    [Theory]
    [InlineData("upscale")]
    [InlineData("extend")]
    public void Unknown_action_is_a_warning(string action)
    {
        var request = Valid();
        request.Action = action;

        var violation = Only(request);
        Assert.Equal("VEO0012", violation.Id);
        Assert.Equal(VeoRuleSeverity.Warning, violation.Severity);
    }

    [Theory]
    [InlineData("model", "veo 3.1; DROP", "VEO0001")]
    [InlineData("model", "", "VEO0001")]
    [InlineData("action", "Generate!", "VEO0012")]
    [InlineData("action", "extend-video", "VEO0012")]
    [InlineData("action", "Generate", "VEO0012")]
    [InlineData("extra.personGeneration", "ALLOW_ALL", "VEO0008")]
    public void A_value_the_vendor_states_no_rule_for_is_a_warning_never_an_error(string field, string value, string id)
    {
        var request = Valid();
        switch (field)
        {
            case "model":
                request.Model = value;
                break;
            case "action":
                request.Action = value;
                break;
            default:
                request.Extra = new GenerationExtra { PersonGeneration = value };
                break;
        }

        var violation = Only(request);
        Assert.Equal(id, violation.Id);
        Assert.Equal(VeoRuleSeverity.Warning, violation.Severity);
        Assert.Equal(field, violation.Field);
        Assert.Equal("vendor", violation.Source);
    }

    [Fact]
    public void A_value_over_our_own_size_bound_is_one_error_that_says_the_bound_is_ours()
    {
        var request = Valid();
        request.Model = new string('v', 257);

        var violation = Only(request);
        Assert.Equal("VEO0015", violation.Id);
        Assert.Equal("limit", violation.Source);
        Assert.Equal("Model has 257 characters; Veo.Contract sends at most 256 (a bound of ours: the vendor states none).", violation.Message);
    }

    [Fact]
    public void A_missing_model_is_a_required_field_error()
    {
        var violation = Only(new CreateTaskRequest { Prompt = "A fox" });

        Assert.Equal("VEO0013", violation.Id);
        Assert.Equal("model", violation.Field);
        Assert.Null(violation.Value);
        Assert.Equal("Model is required but not set.", violation.Message);
    }

    [Theory]
    [InlineData(-1L, "Seed -1 is out of range; use a whole number from 0 to 4294967295.")]
    [InlineData(4294967296L, "Seed 4294967296 is out of range; use a whole number from 0 to 4294967295.")]
    public void A_seed_outside_its_bounds_is_an_error(long seed, string message)
    {
        var request = Valid();
        request.Seed = seed;

        var violation = Only(request);
        Assert.Equal("VEO0014", violation.Id);
        Assert.Equal(message, violation.Message);
    }

    [Fact]
    public void A_prompt_over_its_length_is_an_error_and_the_message_stays_short()
    {
        var request = Valid();
        request.Prompt = new string('a', 10_001);

        var violation = Only(request);
        Assert.Equal("VEO0015", violation.Id);
        Assert.Equal(10_001, violation.Value!.Length);
        Assert.Equal("Prompt has 10001 characters; Veo.Contract sends at most 10000 (a bound of ours: the vendor states none).", violation.Message);
    }

    [Fact]
    public void A_message_quotes_a_long_value_cut_short()
    {
        var request = Valid();
        request.Model = new string('x', 200);

        var violation = Only(request);
        Assert.Equal("VEO0001", violation.Id);
        Assert.Equal(200, violation.Value!.Length);
        Assert.True(violation.Message.Length < 250, violation.Message);
        Assert.Contains("x…'", violation.Message);
    }

    [Fact]
    public void A_seed_the_model_ignores_names_the_models_that_take_one()
    {
        var request = Valid();
        request.Model = "veo-3.0";
        request.Seed = 42;

        var violation = Only(request);
        Assert.Equal("VEO0005", violation.Id);
        Assert.Equal("seed", violation.Field);
        Assert.Equal("Seed is only supported by veo-3.1 or veo-3.1-fast; model 'veo-3.0' ignores or rejects it.", violation.Message);
    }

    [Fact]
    public void Every_violation_names_its_source()
    {
        var request = new CreateTaskRequest { Prompt = "", Model = "veo-3.0", Seed = -1, Resolution = Resolution.Uhd4k, CallbackUrl = "/hook" };

        var sources = request.Validate().ToDictionary(v => v.Id, v => v.Source);

        Assert.Equal("vendor", sources["VEO0004"]);
        Assert.Equal("vendor", sources["VEO0009"]);
        Assert.Equal("assumption", sources["VEO0011"]);
        Assert.StartsWith("Google's Veo API reference", sources["VEO0014"], System.StringComparison.Ordinal);
    }
}
