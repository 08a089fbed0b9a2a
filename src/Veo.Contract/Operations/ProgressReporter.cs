using System;

namespace Veo.Contract;

/// <summary>Sends a <see cref="VeoTaskProgress"/> only when the status or percent changed, so a progress bar is not flooded.</summary>
internal sealed class ProgressReporter
{
    private readonly IProgress<VeoTaskProgress>? _progress;
    private string? _lastStatus;
    private int _lastPercent = -1;

    public ProgressReporter(IProgress<VeoTaskProgress>? progress) => _progress = progress;

    public void Report(VeoTask? task)
    {
        if (_progress is null || task is null)
        {
            return;
        }

        var report = new VeoTaskProgress(task);
        if (report.Status == _lastStatus && report.Percent == _lastPercent)
        {
            return;
        }

        _lastStatus = report.Status;
        _lastPercent = report.Percent;
        _progress.Report(report);
    }
}
