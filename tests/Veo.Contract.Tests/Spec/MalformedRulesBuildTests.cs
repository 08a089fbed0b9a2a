using System;
using System.Diagnostics;
using System.IO;
using Veo.Contract.Tests.Support;
using Xunit;

namespace Veo.Contract.Tests.Spec;

/// <summary>End to end: a project that compiles the rule table fails `dotnet build` on a malformed rule, naming the spec line.</summary>
public class MalformedRulesBuildTests
{
    [Fact]
    public void Dotnet_build_fails_with_the_spec_line()
    {
        var (badSpec, line) = SpecCompilerRun.Mutate(File.ReadAllText(RepoPaths.Spec), "            severity: info\n", "            severity: notice\n");
        var directory = Directory.CreateTempSubdirectory("veo-build-");
        var specPath = Path.Combine(directory.FullName, "broken.openapi.yaml");
        File.WriteAllText(specPath, badSpec);
        var root = RepoPaths.Root + Path.DirectorySeparatorChar;
        File.WriteAllText(Path.Combine(directory.FullName, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <VeoRepoRoot>{root}</VeoRepoRoot>
                <VeoSpecPath>{specPath}</VeoSpecPath>
                <VeoGenerateRules>true</VeoGenerateRules>
              </PropertyGroup>
              <Import Project="{root}src/Veo.Contract.SpecCompiler/SpecCompiler.targets" />
            </Project>
            """);

        int exitCode;
        string output;
        try
        {
            (exitCode, output) = Run(directory.FullName, "build", "-nologo", "-v:q", "-p:Configuration=" + RepoPaths.Configuration);
        }
        finally
        {
            directory.Delete(recursive: true);
        }

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"broken.openapi.yaml({line},", output);
        Assert.Contains("error VEOSPEC: rule VEO0010: severity 'notice' is not one of", output);
    }

    private static (int ExitCode, string Output) Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + errors.Result);
    }
}
