using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux: clock_gettime with CLOCK_THREAD_CPUTIME_ID): time the thread spends
/// descheduled on a busy machine is not counted. Elsewhere it falls back to wall-clock time.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    public static long Nanoseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeClock, out var time) == 0)
        {
            return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
