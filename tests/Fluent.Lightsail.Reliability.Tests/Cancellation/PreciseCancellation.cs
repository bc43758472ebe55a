using System.Diagnostics;

namespace Fluent.Lightsail.Reliability.Tests.Cancellation;

/// <summary>
/// Cancels a token after a delay measured in microseconds: a timer (CancelAfter) fires in whole milliseconds at
/// best, which would put most "random points" of a 20 ms generator run at its very start or after its end.
/// </summary>
internal sealed class PreciseCancellation : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly Task _canceller;
    private volatile bool _stopped;

    public PreciseCancellation(TimeSpan after)
    {
        var watch = Stopwatch.StartNew();
        _canceller = Task.Factory.StartNew(
            () =>
            {
                while (!_stopped && watch.Elapsed < after)
                {
                    Thread.SpinWait(50);
                }

                if (!_stopped)
                {
                    _source.Cancel();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        _stopped = true;
        _canceller.Wait(TimeSpan.FromSeconds(5));
        _source.Dispose();
    }
}
