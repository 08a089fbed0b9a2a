using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Testing.Tests.Support;

/// <summary>The standalone fake (Veo.Contract.FakeServer) run as its own process, as a user would run it.</summary>
public sealed class StandaloneHost : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private StandaloneHost(Process process)
    {
        _process = process;
    }

    public Process Process => _process;

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

    public static StandaloneHost Start(params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Veo.Contract.FakeServer.dll");
        Assert.True(File.Exists(dll), $"the standalone host was not built next to the tests: {dll}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var host = new StandaloneHost(new Process { StartInfo = start, EnableRaisingEvents = true });
        host._process.OutputDataReceived += (_, e) => host.OnLine(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.OnLine(e.Data);
        host._process.Exited += (_, _) => host._listening.TrySetException(new InvalidOperationException("the host exited before listening"));
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        return host;
    }

    /// <summary>The address the host printed once it listens.</summary>
    public async Task<Uri> ListeningAsync()
    {
        try
        {
            return await _listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException($"The standalone host did not start ({ex.Message}). Its output:\n{Output}");
        }
    }

    public async Task<int> ExitCodeAsync()
    {
        await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        var match = Regex.Match(line, @"listening on (\S+)");
        if (match.Success)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }
}
