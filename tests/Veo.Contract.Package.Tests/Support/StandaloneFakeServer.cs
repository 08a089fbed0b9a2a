using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace Veo.Contract.Package.Tests.Support;

/// <summary>
/// The standalone fake (src/Veo.Contract.FakeServer) as its own process on 127.0.0.1, on a port the system picks;
/// consumers reach it through VEO_BASE_URL and VEO_API_KEY, as they would reach the real service. Killed on dispose.
/// </summary>
internal sealed class StandaloneFakeServer : IAsyncDisposable
{
    private const string ListeningLine = "Fake Veo server listening on ";
    private const string ApiKey = "sk-package-tests-fake-key";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);

    private readonly Process _process;
    private readonly StringBuilder _output;

    private StandaloneFakeServer(Process process, StringBuilder output, Uri address)
    {
        _process = process;
        _output = output;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What a consumer needs to find the fake: its address and the key it accepts.</summary>
    public IReadOnlyDictionary<string, string> ClientEnvironment => new Dictionary<string, string>
    {
        // VeoClientOptions.ApplyEnvironment reads these two (the tests reference no Veo assembly, so the names are spelled out).
        ["VEO_BASE_URL"] = Address.ToString(),
        ["VEO_API_KEY"] = ApiKey,
    };

    /// <summary>Everything the server printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the built server assembly and waits until it prints the address it listens on.</summary>
    public static async Task<StandaloneFakeServer> StartAsync(string serverAssembly, TimeSpan completeAfter)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments = [serverAssembly, "--urls", "http://127.0.0.1:0", "--api-key", ApiKey, "--complete-after", $"{completeAfter.TotalMilliseconds:0}ms"];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        DotNetCli.PrepareEnvironment(start.Environment, null);

        var output = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(output, e.Data, listening);
        process.ErrorDataReceived += (_, e) => OnLine(output, e.Data, null);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The fake server exited before it listened."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var address = await listening.Task.WaitAsync(StartTimeout);
            return new StandaloneFakeServer(process, output, address);
        }
        catch (Exception failure) when (failure is TimeoutException or InvalidOperationException)
        {
            Stop(process);
            string printed;
            lock (output)
            {
                printed = output.ToString();
            }

            throw new InvalidOperationException($"The standalone fake did not start ({failure.Message}). It printed:\n{printed}", failure);
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop(_process);
        return ValueTask.CompletedTask;
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private static void OnLine(StringBuilder output, string? line, TaskCompletionSource<Uri>? listening)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }

        if (listening is not null && line.StartsWith(ListeningLine, StringComparison.Ordinal))
        {
            listening.TrySetResult(new Uri(line[ListeningLine.Length..].Trim()));
        }
    }
}
