using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Veo.Contract;

namespace Quickstart;

/// <summary>
/// The quickstart's work, apart from how its client is built: submit the vendor's example request (or take a task by id),
/// wait with progress, save the MP4 in the output folder, and on Ctrl-C say what can be done next. The in-process fake
/// keeps its tasks only while the program runs, so there a stopped task cannot be resumed, and the job says so.
/// </summary>
internal sealed class QuickstartJob
{
    private readonly VeoClient _client;
    private readonly ConsoleDisplay _display;
    private readonly bool _onFake;
    private readonly string _outputFolder;

    public QuickstartJob(VeoClient client, ConsoleDisplay display, bool onFake, string outputFolder)
    {
        _client = client;
        _display = display;
        _onFake = onFake;
        _outputFolder = outputFolder;
    }

    /// <summary>Runs the job; <paramref name="stop"/> is Ctrl-C. Returns the process exit code.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken stop)
    {
        var resumeId = args.Count == 2 && args[0] == "--resume" ? args[1] : null;
        if (resumeId is not null && _onFake)
        {
            _display.Line($"Cannot resume task {resumeId}: the in-process fake server forgets its tasks when the program ends. Set VEO_API_KEY to resume a task on the real service.");
            return 2;
        }

        VeoTaskOperation? operation = null;
        CreateTaskRequest? request = null; // stays null when resuming: the saved file's check then has no request to compare with
        try
        {
            if (resumeId is not null)
            {
                operation = _client.GetOperation(resumeId);
                _display.Line($"Resuming task {operation.Id}.");
            }
            else
            {
                request = new CreateTaskRequest
                {
                    Model = VeoModels.Veo31,
                    Action = VeoActions.Generate,
                    Prompt = "A golden retriever running on a beach at sunset, cinematic lighting, slow motion",
                    AspectRatio = AspectRatio.Landscape16x9,
                    Duration = 8,
                    Resolution = Resolution.FullHd1080p,
                };
                operation = await _client.SubmitAsync(request, stop);
                var resolution = VeoWireValues.Of(request.Resolution) ?? "default resolution";
                var aspect = VeoWireValues.Of(request.AspectRatio) ?? "default aspect ratio";
                _display.Line($"Submitted task {operation.Id} ({request.Model}, {request.Duration} s, {resolution}, {aspect}).{(_onFake ? string.Empty : " Keep this id to resume.")}");
            }

            // A folder: the video is saved as <task id>.mp4, and the folder is checked before the wait.
            var saved = await _display.RunAsync(
                (generation, download) => operation.WaitAndDownloadVideoToFileAsync(_outputFolder + Path.DirectorySeparatorChar, generation, download, stop));

            var isMp4 = Mp4Check.TryDescribe(saved, request, out var check);
            _display.Line($"Saved {saved} ({new FileInfo(saved).Length:N0} bytes, {check}).");
            return isMp4 ? 0 : 4;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            _display.Line(StoppedMessage(operation));
            return 130;
        }
        catch (VeoValidationException invalid)
        {
            _display.Line(invalid.Message);
            return 2;
        }
        catch (VeoWaitTimeoutException timeout)
        {
            _display.Line(timeout.Message);
            return 3;
        }
        catch (VeoException failure)
        {
            _display.Line($"{failure.GetType().Name}: {failure.Message}");
            return 1;
        }
    }

    private string StoppedMessage(VeoTaskOperation? operation)
    {
        if (operation is null)
        {
            return "Stopped before submitting.";
        }

        return _onFake
            ? $"Stopped. Task {operation.Id} lived in the in-process fake server, which forgets its tasks when the program ends: there is nothing to resume. Run again for a new task (on the real service, with VEO_API_KEY set, a stopped task can be resumed with --resume <task id>)."
            : $"Stopped. The task goes on: resume with --resume {operation.Id}";
    }
}
