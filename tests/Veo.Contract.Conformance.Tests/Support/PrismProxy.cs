using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Conformance.Tests.Support;

/// <summary>
/// One `prism proxy` process in front of the fake. Started as node_modules/.bin/prism under setsid, so it leads its
/// own process group and the whole group can be stopped at the end (Prism can leave node children behind).
/// Its log is kept; <see cref="LogSinceAsync"/> reads it up to a sentinel request so no line is missed.
/// </summary>
public sealed partial class PrismProxy : IAsyncDisposable
{
    private const int SigTerm = 15;
    private const int SigKill = 9;
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource<bool> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PrismProxy(Process process, Uri address, bool errors)
    {
        _process = process;
        Address = address;
        Errors = errors;
    }

    public Uri Address { get; }

    /// <summary>Whether Prism runs with --errors (violations become error answers instead of passing through).</summary>
    public bool Errors { get; }

    public int LogLength
    {
        get
        {
            lock (_log)
            {
                return _log.Length;
            }
        }
    }

    public static async Task<PrismProxy> StartAsync(Uri upstream, bool errors)
    {
        var prism = RepositoryFiles.Prism();
        var port = FreePort();
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryFiles.Root,
        };
        foreach (var argument in new[] { prism, "proxy", RepositoryFiles.Spec, upstream.AbsoluteUri.TrimEnd('/'), "--port", port.ToString(), "--host", "127.0.0.1" })
        {
            start.ArgumentList.Add(argument);
        }

        if (errors)
        {
            start.ArgumentList.Add("--errors");
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["FORCE_COLOR"] = "0";
        var proxy = new PrismProxy(new Process { StartInfo = start, EnableRaisingEvents = true }, new Uri($"http://127.0.0.1:{port}/"), errors);
        proxy._process.OutputDataReceived += (_, e) => proxy.OnLine(e.Data);
        proxy._process.ErrorDataReceived += (_, e) => proxy.OnLine(e.Data);
        proxy._process.Exited += (_, _) => proxy._listening.TrySetResult(false);
        proxy._process.Start();
        proxy._process.BeginOutputReadLine();
        proxy._process.BeginErrorReadLine();

        var listening = await proxy._listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
        if (!listening)
        {
            throw new InvalidOperationException($"Prism exited before listening. Its output:\n{proxy.Log(0)}");
        }

        return proxy;
    }

    /// <summary>
    /// The log written since <paramref name="offset"/>, complete up to now: a sentinel request is sent and the log
    /// read until Prism has logged it, so every line about earlier calls is in.
    /// </summary>
    public async Task<string> LogSinceAsync(int offset, string apiKey)
    {
        var sentinel = "task-sentinel" + Guid.NewGuid().ToString("N");
        using (var http = new HttpClient { BaseAddress = Address })
        using (var request = new HttpRequestMessage(HttpMethod.Get, "v1/tasks/" + sentinel))
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
            using var response = await http.SendAsync(request);
        }

        var deadline = Stopwatch.StartNew();
        while (!Log(offset).Contains(sentinel, StringComparison.Ordinal))
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"Prism never logged the sentinel request. Its log:\n{Log(offset)}");
            }

            await Task.Delay(20);
        }

        return Log(offset);
    }

    /// <summary>Violation and error lines of a log slice.</summary>
    public static List<string> Problems(string log)
    {
        var problems = new List<string>();
        foreach (var line in log.Split('\n'))
        {
            if (line.Contains("Violation", StringComparison.Ordinal) || ErrorLevel().IsMatch(line))
            {
                problems.Add(line.Trim());
            }
        }

        return problems;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            SignalGroup(SigTerm);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                SignalGroup(SigKill);
            }
        }

        // Whatever the group signal missed (a child that left the group) goes with the process tree.
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private string Log(int offset)
    {
        lock (_log)
        {
            return _log.ToString(offset, _log.Length - offset);
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Append(line).Append('\n');
        }

        if (line.Contains("Prism is listening on", StringComparison.Ordinal))
        {
            _listening.TrySetResult(true);
        }
    }

    // setsid made Prism the leader of its own group (pgid = pid): signal the whole group.
    private void SignalGroup(int signal)
    {
        if (ProcessGroupOf(_process.Id) == _process.Id)
        {
            _ = Kill(-_process.Id, signal);
        }
        else if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    private static int ProcessGroupOf(int pid)
    {
        try
        {
            // /proc/<pid>/stat: "pid (comm) state ppid pgrp ..."; comm may hold spaces, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
            return int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [GeneratedRegex(@"\b(error|fatal)\b\s{2,}")]
    private static partial Regex ErrorLevel();
}
