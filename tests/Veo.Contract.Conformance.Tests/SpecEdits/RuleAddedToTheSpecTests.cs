using System;
using System.IO;

namespace Veo.Contract.Conformance.Tests.SpecEdits;

/// <summary>
/// A new rule is a spec edit (plus its docs page): added to a copy of the spec, with no other change anywhere, it is
/// reported by the analyzer on constants, by Validate() at run time and by the fake server with a 400.
/// </summary>
public sealed class RuleAddedToTheSpecTests
{
    // Where the rule goes: the end of CreateTaskRequest's allOf, just before its advice.
    private const string Anchor = "      x-advice:\n        - properties:\n            model:\n";

    // A shape no rule of the spec has: a condition on aspect_ratio. The id is one the spec does not use.
    private const string NewRule = """
                - if:
                    required: [aspect_ratio]
                    properties:
                      aspect_ratio:
                        const: '9:16'
                  then:
                    properties:
                      resolution:
                        enum: [720p, 1080p]
                  x-rule:
                    id: VEO0090
                    severity: error
                    title: Portrait video is not rendered in 4k
                    source: a test of the spec pipeline
                    message: "{Field} '{value}' is not rendered for {IfField} '{ifValue}'; use {allowed}."

        """;

    private const string Consumer = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <!-- With the severity lowered in .editorconfig, the program still builds so its run-time half can be checked. -->
            <WarningsNotAsErrors>$(WarningsNotAsErrors);VEO0090</WarningsNotAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="../src/Veo.Contract.Testing/Veo.Contract.Testing.csproj" />
            <ProjectReference Include="../src/Veo.Contract.Analyzers/Veo.Contract.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
          </ItemGroup>
        </Project>
        """;

    // Line 7 holds the constant request the analyzer must flag; line 8 takes its values from the command line, which
    // the analyzer leaves alone and Validate() and the fake check when it runs.
    private const string Program = """"
        using System;
        using System.Net.Http;
        using System.Text;
        using Veo.Contract;
        using Veo.Contract.Testing;

        var constant = new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A lighthouse", AspectRatio = AspectRatio.Portrait9x16, Resolution = Resolution.Uhd4k };
        var atRunTime = new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A lighthouse", AspectRatio = Enum.Parse<AspectRatio>(args[0]), Resolution = Enum.Parse<Resolution>(args[1]) };
        foreach (var violation in atRunTime.Validate())
        {
            Console.WriteLine($"validate: {violation.Id} {violation.Message}");
        }

        await using var fake = new FakeVeoServer();
        using var http = fake.CreateHttpClient();
        http.DefaultRequestHeaders.Add("Authorization", "Bearer " + fake.ApiKey);
        var body = $$"""{"model":"veo-3.1","prompt":"A lighthouse","aspect_ratio":"{{args[2]}}","resolution":"{{args[3]}}"}""";
        using var response = await http.PostAsync("v1/tasks", new StringContent(body, Encoding.UTF8, "application/json"));
        Console.WriteLine($"fake: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        GC.KeepAlive(constant);
        """";

    private const string Message = "'4k' is not rendered for ";

    [Fact]
    public void Is_enforced_by_the_analyzer_Validate_and_the_fake()
    {
        using var copy = RepositoryCopy.Create();
        var spec = File.ReadAllText(copy.SpecPath);
        Assert.Equal(1, Occurrences(spec, Anchor));
        Assert.Equal(0, Occurrences(spec, "VEO0090"));
        File.WriteAllText(copy.SpecPath, spec.Replace(Anchor, NewRule + Anchor, StringComparison.Ordinal));
        copy.Write("consumer/Consumer.csproj", Consumer);
        copy.Write("consumer/Program.cs", Program);
        copy.Write("consumer/.editorconfig", "[*.cs]\ndotnet_diagnostic.VEO0090.severity = warning\n");
        var consumer = Path.Combine(copy.Root, "consumer");

        var (built, buildOutput) = DotnetCommand.Run(consumer, "build", "-nologo", "-v:q", "-p:Configuration=Debug");
        Assert.True(built == 0, buildOutput);
        Assert.Contains("Program.cs(7,", buildOutput);
        Assert.Contains("warning VEO0090: Resolution '4k' is not rendered for AspectRatio '9:16'; use 720p or 1080p.", buildOutput);
        Assert.DoesNotContain("Program.cs(8,", buildOutput);

        var program = Path.Combine("bin", "Debug", "net10.0", "Consumer.dll");
        var (broken, brokenOutput) = DotnetCommand.Run(consumer, program, "Portrait9x16", "Uhd4k", "9:16", "4k");
        Assert.True(broken == 0, brokenOutput);
        Assert.Contains("validate: VEO0090 Resolution '4k' is not rendered for AspectRatio '9:16'; use 720p or 1080p.", brokenOutput);
        Assert.Contains("fake: 400 ", brokenOutput);
        Assert.Contains("\"code\":\"VEO0090\",\"field\":\"resolution\"", brokenOutput);

        var (valid, validOutput) = DotnetCommand.Run(consumer, program, "Landscape16x9", "Uhd4k", "16:9", "4k");
        Assert.True(valid == 0, validOutput);
        Assert.DoesNotContain("validate:", validOutput);
        Assert.Contains("fake: 200 ", validOutput);
        Assert.DoesNotContain(Message, validOutput);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
