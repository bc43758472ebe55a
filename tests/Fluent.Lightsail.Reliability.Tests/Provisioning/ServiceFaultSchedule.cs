using System.Text;
using Fluent.Lightsail.Reliability.Tests.Faults;

namespace Fluent.Lightsail.Reliability.Tests.Provisioning;

/// <summary>
/// The endpoint-side faults of the ensure runs, added as <c>x-fluent-fault</c> headers by a <see cref="FaultHeaderHandler"/>
/// on any request that names a resource: scattered throttling and 500s, and for a share of (operation, name) pairs a
/// burst of <see cref="BurstLength"/> in a row, longer than the client's retries, so that the run meeting it fails and
/// only a re-run finishes the fleet. Decisions follow from the seed, the operation, the name and the attempt count,
/// never from timing.
/// </summary>
internal sealed class ServiceFaultSchedule(int seed, double throttleShare, double internalErrorShare, double burstShare, int burstLength) : IFaultSchedule
{
    public int BurstLength => burstLength;

    public string? FaultFor(string operation, string name, int attempt)
    {
        var burst = Unit($"{seed}|burst|{operation}|{name}");
        if (burst < burstShare && attempt <= burstLength)
        {
            return burst < burstShare / 2 ? FaultPlan.Throttle : FaultPlan.InternalError;
        }

        var roll = Unit($"{seed}|{operation}|{name}|{attempt}");
        return roll < throttleShare ? FaultPlan.Throttle
            : roll < throttleShare + internalErrorShare ? FaultPlan.InternalError
            : null;
    }

    /// <summary>A number in [0, 1), stable across processes and runs: FNV-1a, then a SplitMix64 finaliser.</summary>
    /// <remarks>
    /// Without the finaliser, texts that differ only in their last character (attempt 1, 2, 3 of one name) get high
    /// bits a fixed distance apart, so one unlucky name met a fault on every attempt of every run.
    /// </remarks>
    private static double Unit(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        return (hash >> 11) / (double)(1UL << 53);
    }
}
