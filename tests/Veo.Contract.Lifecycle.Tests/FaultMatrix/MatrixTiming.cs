namespace Veo.Contract.Lifecycle.Tests.FaultMatrix;

/// <summary>Which clock a fault-matrix client runs on.</summary>
public enum MatrixTiming
{
    /// <summary>A <c>TestClock</c>: waits are advanced through, and a server stall is passed by advancing to the client's first pending limit.</summary>
    TestClock,

    /// <summary><c>TimeProvider.System</c> with short limits: a real stall on a real socket, ended by real time.</summary>
    RealTime,

    /// <summary>A fake clock that never moves, with short limits: real time must still end a real stall.</summary>
    FrozenClock,
}
