using System;
using System.Threading;
using System.Threading.Tasks;

namespace Fluent.Lightsail;

/// <summary>How <see cref="CreatedInstances.WaitAsync(ILightsailClient, WaitOptions?, IProgress{OperationProgress}?, CancellationToken)"/> polls.</summary>
public sealed class WaitOptions
{
    /// <summary>The delay before the first poll; later delays grow by <see cref="BackoffMultiplier"/>. Default 2 s.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest delay between two polls. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The factor each delay grows by. Default 2.</summary>
    public double BackoffMultiplier { get; set; } = 2.0;

    /// <summary>
    /// Whether each delay is drawn at random from its upper half ("equal jitter"), so that many waiters do not poll in
    /// step. Default <see langword="true"/>.
    /// </summary>
    public bool Jitter { get; set; } = true;

    /// <summary>
    /// How long to wait in all before giving up with a <see cref="TimeoutException"/>; <see langword="null"/> waits until
    /// cancelled. Default 15 minutes (instances are usually running within 2).
    /// </summary>
    public TimeSpan? Timeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The delay function; tests replace it to run without real time. Default <see cref="Task.Delay(TimeSpan, CancellationToken)"/>.</summary>
    public Func<TimeSpan, CancellationToken, Task>? Delay { get; set; }

    internal void Validate()
    {
        if (InitialDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialDelay), InitialDelay, "The initial delay must not be negative.");
        }

        if (MaxDelay < InitialDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDelay), MaxDelay, "The maximum delay must not be shorter than the initial delay.");
        }

        if (BackoffMultiplier < 1.0 || double.IsNaN(BackoffMultiplier))
        {
            throw new ArgumentOutOfRangeException(nameof(BackoffMultiplier), BackoffMultiplier, "The backoff multiplier must be at least 1.");
        }

        if (Timeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), timeout, "The timeout must be positive, or null for none.");
        }
    }
}
