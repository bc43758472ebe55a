using System;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// When a create call started, to tell its own instances from ones that existed before: an instance is this call's
/// only if the service stamped it at or after that moment, on the service's clock. The offset between the clocks comes
/// from the <c>Date</c> headers of the call's look-ups (the largest lower bound seen); without any, from SigV4's limit.
/// </summary>
internal sealed class CallStart
{
    /// <summary>
    /// Without a <c>Date</c> header the clocks are only known to agree within the 15 minutes the service accepts a
    /// signature for (Core corrects larger skews); every HTTP/1.1 answer should carry one.
    /// </summary>
    private static readonly TimeSpan UnmeasuredTolerance = TimeSpan.FromMinutes(15);

    /// <summary>createdAt is written with milliseconds; this absorbs its rounding.</summary>
    private static readonly TimeSpan TimestampRounding = TimeSpan.FromMilliseconds(10);

    private readonly object gate = new();
    private TimeSpan? offsetAtLeast;

    public CallStart(DateTime utc) => Utc = utc;

    /// <summary>The client's clock when the call began (UTC).</summary>
    public DateTime Utc { get; }

    /// <summary>Takes in one answer's lower bound of (server clock - client clock).</summary>
    public void Observe(TimeSpan? serverOffsetAtMost)
    {
        if (serverOffsetAtMost is not { } measured)
        {
            return;
        }

        lock (gate)
        {
            if (offsetAtLeast is not { } known || measured > known)
            {
                offsetAtLeast = measured;
            }
        }
    }

    /// <summary>
    /// Whether an instance stamped <paramref name="createdAt"/> by the service may have been created by this call.
    /// The bound errs towards the call's own instances: it lies at most the offset's measuring error (under a second
    /// plus one look-up's round trip) before the call's true start.
    /// </summary>
    public bool MayHaveCreated(DateTime? createdAt)
    {
        if (createdAt is not { } stamped)
        {
            return false;
        }

        TimeSpan? offset;
        lock (gate)
        {
            offset = offsetAtLeast;
        }

        var earliest = offset is { } measured ? Utc + measured - TimestampRounding : Utc - UnmeasuredTolerance;
        return stamped.ToUniversalTime() >= earliest;
    }
}
