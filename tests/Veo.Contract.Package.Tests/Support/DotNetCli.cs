using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace Veo.Contract.Package.Tests.Support;

/// <summary>Runs the `dotnet` CLI (or a program it built) the way a user's shell would, not the way the test host inherited it.</summary>
internal static class DotNetCli
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static Task<CommandResult> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null)
        => RunProgramAsync("dotnet", workingDirectory, arguments, environment);

    /// <summary>
    /// Runs <paramref name="program"/> (a native executable a publish produced, say) in the same clean environment, for at
    /// most <paramref name="timeout"/> (5 minutes unless given).
    /// </summary>
    public static async Task<CommandResult> RunProgramAsync(
        string program,
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        PrepareEnvironment(start.Environment, environment);

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var commandLine = $"{program} {string.Join(' ', arguments)}";
        try
        {
            await process.WaitForExitAsync().WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{commandLine}` did not finish within {limit}. Output so far:\n{output}");
        }

        // The parameterless wait also drains the redirected streams.
        process.WaitForExit();
        string text;
        lock (output)
        {
            text = output.ToString();
        }

        return new CommandResult(commandLine, process.ExitCode, text, stopwatch.Elapsed);
    }

    internal static void PrepareEnvironment(IDictionary<string, string?> target, IReadOnlyDictionary<string, string>? overrides)
    {
        // `dotnet test` hands its MSBuild settings to the test host; a nested build must find its own SDK and targets.
        foreach (var key in target.Keys.Where(key => key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            target.Remove(key);
        }

        // No MSBuild node may outlive the test run (the compiler server is shared with the outer build anyway).
        target["MSBUILDDISABLENODEREUSE"] = "1";
        target["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        target["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        target["DOTNET_NOLOGO"] = "1";
        target["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var pair in overrides ?? new Dictionary<string, string>())
        {
            target[pair.Key] = pair.Value;
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }
}
