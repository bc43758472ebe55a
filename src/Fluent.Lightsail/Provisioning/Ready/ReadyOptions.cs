using System;
using System.Threading;
using System.Threading.Tasks;

namespace Fluent.Lightsail;

/// <summary>How <see cref="LightsailProvisioning.WaitUntilInstancesReadyAsync"/> polls and reports.</summary>
public sealed class ReadyOptions
{
    /// <summary>Told each instance's state and address when first read and whenever either changes. Default none.</summary>
    public IProgress<InstanceReadiness>? Progress { get; set; }

    /// <summary>
    /// How long to wait in all before an <see cref="InstancesNotReadyException"/>; <see langword="null"/> waits until
    /// cancelled. Default 15 minutes (instances are usually running with an address within 2).
    /// </summary>
    public TimeSpan? Timeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The delay between two reads of the instances. Default 5 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The delay function; tests replace it to run without real time. Default <see cref="Task.Delay(TimeSpan, CancellationToken)"/>.</summary>
    public Func<TimeSpan, CancellationToken, Task>? Delay { get; set; }

    internal void Validate()
    {
        if (PollInterval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, "The poll interval must not be negative.");
        }

        if (Timeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), timeout, "The timeout must be positive, or null for none.");
        }
    }
}
