using System;
using System.Threading.Tasks;
using Spectre.Console;
using Veo.Contract;

namespace Quickstart;

/// <summary>Two live Spectre.Console bars: the generation (status and percent) and the download (bytes).</summary>
internal sealed class BarDisplay : ConsoleDisplay
{
    public override void Line(string text) => AnsiConsole.MarkupLine(Markup.Escape(text));

    public override Task<string> RunAsync(Func<IProgress<VeoTaskProgress>, IProgress<VeoDownloadProgress>, Task<string>> work)
        => AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var generating = context.AddTask("Generating: submitted", maxValue: 100);
                var downloading = context.AddTask("Download", autoStart: false, maxValue: 100);
                var generation = new SynchronousProgress<VeoTaskProgress>(report =>
                {
                    generating.Description = "Generating: " + Markup.Escape(report.Status);
                    generating.Value = report.Percent;
                    if (report.HasEnded)
                    {
                        generating.StopTask();
                    }
                });
                var download = new SynchronousProgress<VeoDownloadProgress>(report =>
                {
                    if (!downloading.IsStarted)
                    {
                        downloading.StartTask();
                    }

                    downloading.Value = report.Percent ?? 0;
                    downloading.Description = $"Download: {report.BytesReceived / 1024.0:N0} KiB";
                });
                var saved = await work(generation, download);
                downloading.Value = 100;
                downloading.StopTask();
                return saved;
            });
}
