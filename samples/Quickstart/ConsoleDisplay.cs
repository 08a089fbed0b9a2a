using System;
using System.Threading.Tasks;
using Spectre.Console;
using Veo.Contract;

namespace Quickstart;

/// <summary>
/// Where the quickstart shows its progress: a live Spectre.Console bar in a terminal, plain lines when output is
/// redirected or under CI (no TTY), so logs stay readable.
/// </summary>
internal abstract class ConsoleDisplay
{
    public static ConsoleDisplay Create()
        => Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) || !AnsiConsole.Profile.Capabilities.Interactive
            ? new PlainDisplay()
            : new BarDisplay();

    public abstract void Line(string text);

    /// <summary>Runs <paramref name="work"/>, showing the generation and download progress it reports.</summary>
    public abstract Task<string> RunAsync(Func<IProgress<VeoTaskProgress>, IProgress<VeoDownloadProgress>, Task<string>> work);
}
