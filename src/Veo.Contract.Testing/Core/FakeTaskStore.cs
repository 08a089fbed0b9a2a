using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading;

namespace Veo.Contract.Testing.Core;

/// <summary>Every task the fake has created, by id; safe for concurrent callers.</summary>
internal sealed class FakeTaskStore
{
    private readonly ConcurrentDictionary<string, FakeTask> _tasks = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _failures = new();
    private long _sequence;

    public int Count => _tasks.Count;

    public FakeTask Add(string model, string action, int durationSeconds, DateTimeOffset now, TimeSpan queued, TimeSpan processing)
    {
        _failures.TryDequeue(out var failure);
        while (true)
        {
            var task = new FakeTask(NewId(now), model, action, durationSeconds, now, queued, processing, failure);
            if (_tasks.TryAdd(task.Id, task))
            {
                return task;
            }
        }
    }

    public bool TryGet(string id, out FakeTask task) => _tasks.TryGetValue(id, out task!);

    /// <summary>The next <paramref name="count"/> tasks created will fail when they would have completed.</summary>
    public void FailNext(int count, string message)
    {
        for (var i = 0; i < count; i++)
        {
            _failures.Enqueue(message);
        }
    }

    // Shaped like the vendor's ids ("task-" + letters and digits); sequence plus randomness keeps them unique.
    private string NewId(DateTimeOffset now)
        => "task-fake"
           + now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
           + "b" + Interlocked.Increment(ref _sequence).ToString("x", CultureInfo.InvariantCulture)
           + RandomNumberGenerator.GetHexString(8, lowercase: true);
}
