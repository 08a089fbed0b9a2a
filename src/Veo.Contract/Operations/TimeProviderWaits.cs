using System;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract;

/// <summary>Delays and timeouts on a <see cref="TimeProvider"/>, so tests can drive them with a fake clock on both target frameworks.</summary>
internal static class TimeProviderWaits
{
    public static Task Delay(TimeProvider timeProvider, TimeSpan delay, CancellationToken cancellationToken)
#if NET8_0_OR_GREATER
        => Task.Delay(delay, timeProvider, cancellationToken);
#else
        => timeProvider.Delay(delay, cancellationToken);
#endif

    public static CancellationTokenSource CancelAfter(TimeProvider timeProvider, TimeSpan delay)
#if NET8_0_OR_GREATER
        => new(delay, timeProvider);
#else
        => timeProvider.CreateCancellationTokenSource(delay);
#endif
}
