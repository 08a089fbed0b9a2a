using System;
using System.Globalization;
using System.Threading.Tasks;
using Veo.Contract;

namespace Quickstart;

/// <summary>Progress as plain lines, one per change of status or percent, and a few per download.</summary>
internal sealed class PlainDisplay : ConsoleDisplay
{
    public override void Line(string text) => Console.WriteLine(text);

    public override Task<string> RunAsync(Func<IProgress<VeoTaskProgress>, IProgress<VeoDownloadProgress>, Task<string>> work)
    {
        var lastTenth = -1;
        var generation = new SynchronousProgress<VeoTaskProgress>(report =>
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "[{0,3}%] generating: {1}", report.Percent, report.Status)));
        var download = new SynchronousProgress<VeoDownloadProgress>(report =>
        {
            // One line per tenth of the file, not per network read.
            var tenth = report.Percent is { } percent ? (int)(percent / 10) : -1;
            if (tenth != lastTenth)
            {
                lastTenth = tenth;
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "[{0,3:0}%] downloading: {1:N0} bytes", report.Percent ?? 0, report.BytesReceived));
            }
        });
        return work(generation, download);
    }
}
