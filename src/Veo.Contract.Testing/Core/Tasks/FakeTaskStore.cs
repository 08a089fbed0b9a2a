using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using Veo.Contract.Testing.Video;

namespace Veo.Contract.Testing.Core;

/// <summary>
/// The tasks the fake holds, by id and in creation order; safe for concurrent callers. It forgets a task
/// <c>retention</c> after the task ended and never holds more than <c>capacity</c>, so memory stays bounded
/// however long a standalone fake runs.
/// </summary>
internal sealed class FakeTaskStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<FakeTask>> _byId = new(StringComparer.Ordinal);

    // Every task has the same queued and processing times, so creation order is also the order tasks end in
    // (cancel and failure only end one early): the oldest ended task is found near the front.
    private readonly LinkedList<FakeTask> _byAge = new();
    private readonly Queue<string> _failures = new();
    private readonly TimeSpan _retention;
    private readonly int _capacity;
    private long _sequence;

    public FakeTaskStore(TimeSpan retention, int capacity)
    {
        if (retention <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retention), retention, "TaskRetention must be positive.");
        }

        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "MaxStoredTasks must be at least 1.");
        }

        _retention = retention;
        _capacity = capacity;
    }

    public int Capacity => _capacity;

    /// <summary>How many tasks are held at <paramref name="now"/>.</summary>
    public int Count(DateTimeOffset now)
    {
        lock (_gate)
        {
            ForgetExpired(now);
            return _byId.Count;
        }
    }

    /// <summary>A new task, or null when the store is full of tasks that have not ended.</summary>
    public FakeTask? Add(string model, string action, string prompt, FakeVideoFormat video, DateTimeOffset now, TimeSpan queued, TimeSpan processing)
    {
        lock (_gate)
        {
            ForgetExpired(now);
            if (_byId.Count >= _capacity && !ForgetOldestEnded(now))
            {
                return null;
            }

            _failures.TryDequeue(out var failure);
            string id;
            do
            {
                id = NewId(now);
            }
            while (_byId.ContainsKey(id));

            var task = new FakeTask(id, model, action, prompt, video, now, queued, processing, failure);
            _byId.Add(id, _byAge.AddLast(task));
            return task;
        }
    }

    public bool TryGet(string id, DateTimeOffset now, out FakeTask task)
    {
        lock (_gate)
        {
            if (_byId.TryGetValue(id, out var node))
            {
                if (!node.Value.IsForgottenAt(now, _retention))
                {
                    task = node.Value;
                    return true;
                }

                Remove(node);
            }

            task = null!;
            return false;
        }
    }

    /// <summary>The tasks held at <paramref name="now"/>, oldest first.</summary>
    public List<FakeTask> Snapshot(DateTimeOffset now)
    {
        lock (_gate)
        {
            ForgetExpired(now);
            return new List<FakeTask>(_byAge);
        }
    }

    /// <summary>The next <paramref name="count"/> tasks created will fail when they would have completed.</summary>
    public void FailNext(int count, string message)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _failures.Enqueue(message);
            }
        }
    }

    private void ForgetExpired(DateTimeOffset now)
    {
        var node = _byAge.First;
        while (node is not null)
        {
            var next = node.Next;
            if (node.Value.IsForgottenAt(now, _retention))
            {
                Remove(node);
            }

            node = next;
        }
    }

    private bool ForgetOldestEnded(DateTimeOffset now)
    {
        for (var node = _byAge.First; node is not null; node = node.Next)
        {
            if (node.Value.ViewAt(now).EndedAt is not null)
            {
                Remove(node);
                return true;
            }
        }

        return false;
    }

    private void Remove(LinkedListNode<FakeTask> node)
    {
        _byAge.Remove(node);
        _byId.Remove(node.Value.Id);
    }

    // Shaped like the vendor's ids ("task-" + letters and digits); sequence plus randomness keeps them unique.
    private string NewId(DateTimeOffset now)
        => "task-fake"
           + now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
           + "b" + (++_sequence).ToString("x", CultureInfo.InvariantCulture)
           + RandomNumberGenerator.GetHexString(8, lowercase: true);
}
