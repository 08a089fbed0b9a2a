using System;
using System.Diagnostics;
using System.IO;
using Veo.Contract.Tests.Support;

namespace Veo.Contract.Tests.Spec;

/// <summary>Runs the spec compiler the way the build does, on a spec text of the test's choosing.</summary>
internal static class SpecCompilerRun
{
    public static (int ExitCode, string Errors, string SpecPath) Rules(string specText)
    {
        var directory = Directory.CreateTempSubdirectory("veo-spec-");
        var specPath = Path.Combine(directory.FullName, "veo-tasks.openapi.yaml");
        File.WriteAllText(specPath, specText);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { RepoPaths.SpecCompilerDll, "contract", specPath, Path.Combine(directory.FullName, "out.g.cs"), "Veo.Contract" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, errors.Result, specPath);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>The error-code constants (<c>errors</c> command) compiled from a spec text: exit code, errors and the code written.</summary>
    public static (int ExitCode, string Errors, string SpecPath, string Code) ErrorCodes(string specText) => Command("errors", specText);

    /// <summary>One command of the spec compiler (client, contract, facts, errors) on a spec text: exit code, errors and the code written.</summary>
    public static (int ExitCode, string Errors, string SpecPath, string Code) Command(string command, string specText)
    {
        var directory = Directory.CreateTempSubdirectory("veo-spec-");
        var specPath = Path.Combine(directory.FullName, "veo-tasks.openapi.yaml");
        var outputPath = Path.Combine(directory.FullName, "out.g.cs");
        File.WriteAllText(specPath, specText);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { RepoPaths.SpecCompilerDll, command, specPath, outputPath, "Veo.Contract" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, errors.Result, specPath, File.Exists(outputPath) ? File.ReadAllText(outputPath) : "");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>The spec with one exact, unique piece of text replaced, and the 1-based line where the replacement starts.</summary>
    public static (string Text, int Line) Mutate(string original, string find, string replace)
    {
        var index = original.IndexOf(find, StringComparison.Ordinal);
        if (index < 0 || original.IndexOf(find, index + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{find}' must occur exactly once in the spec", nameof(find));
        }

        var line = original.Substring(0, index).Split('\n').Length;
        return (original.Substring(0, index) + replace + original.Substring(index + find.Length), line);
    }
}
