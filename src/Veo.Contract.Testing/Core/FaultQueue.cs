using System.Collections.Concurrent;

namespace Veo.Contract.Testing.Core;

/// <summary>Faults waiting for the next task API calls, first in first out; each is used once.</summary>
internal sealed class FaultQueue
{
    private readonly ConcurrentQueue<FakeVeoFault> _faults = new();

    public int Count => _faults.Count;

    public void Add(FakeVeoFault fault, int times)
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue(fault);
        }
    }

    public bool TryTake(out FakeVeoFault? fault) => _faults.TryDequeue(out fault);

    public void Clear() => _faults.Clear();
}
