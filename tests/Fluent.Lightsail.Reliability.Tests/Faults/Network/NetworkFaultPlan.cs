using System.Text;

namespace Fluent.Lightsail.Reliability.Tests.Faults.Network;

/// <summary>
/// The seeded schedule of the fault proxy. A request's fault follows from the seed and the request itself (operation,
/// attempt header, body, and how many times that same request was seen), not from arrival order, so a run makes the
/// same decisions for the same requests at any concurrency. Creates meet a fault almost half the time, an ensure's
/// in-place changes a quarter of the time; look-ups less often, so that recoveries are exercised and still usually succeed.
/// </summary>
/// <remarks>
/// <paramref name="longHoldShare"/> (0 in CI) holds that share of creates for 10 client timeouts, longer than a whole
/// recovery: the way to reach the window in which a create lands after the client's last look-up.
/// </remarks>
internal sealed class NetworkFaultPlan(int seed, TimeSpan clientTimeout, double longHoldShare = 0)
{
    public ProxyFault Decide(ProxiedRequest request)
    {
        var roll = Unit(request, salt: 0);
        var (reset, lost, truncated, held, late) = request.Operation switch
        {
            "CreateInstances" => (0.12, 0.22, 0.30, 0.38, 0.45 + longHoldShare),
            // The in-place changes of an ensure: each is one more operation whose answer can be lost after the work.
            "TagResource" or "UntagResource" or "EnableAddOn" or "DisableAddOn" or "SetIpAddressType" => (0.06, 0.11, 0.15, 0.19, 0.24),
            "GetInstance" or "GetInstances" or "GetOperation" or "GetOperationsForResource" => (0.04, 0.07, 0.10, 0.13, 0.18),
            _ => (0.0, 0.0, 0.0, 0.0, 0.0),
        };

        return roll switch
        {
            _ when roll < reset => new ProxyFault(ProxyFaultKind.ResetBeforeForwarding),
            _ when roll < lost => new ProxyFault(ProxyFaultKind.LostResponse),
            _ when roll < truncated => new ProxyFault(ProxyFaultKind.TruncatedResponse),
            // Held past the client's timeout: 1.5 to 4 times it, so some land after the client's last look-up.
            _ when roll < held => new ProxyFault(ProxyFaultKind.Delay, clientTimeout * (1.5 + (2.5 * Unit(request, salt: 1)))),
            // Held longer than a whole recovery (only when asked for).
            _ when roll < late && request.Operation == "CreateInstances" && roll >= late - longHoldShare => new ProxyFault(ProxyFaultKind.Delay, clientTimeout * 10),
            // Slow but within the timeout.
            _ when roll < late => new ProxyFault(ProxyFaultKind.Delay, clientTimeout * (0.05 + (0.45 * Unit(request, salt: 2)))),
            _ => ProxyFault.None,
        };
    }

    /// <summary>A number in [0, 1) from the seed and the request (FNV-1a, stable across processes and runs).</summary>
    private double Unit(ProxiedRequest request, int salt)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes($"{seed}|{salt}|{request.Operation}|{request.Attempt}|{request.Occurrence}|{request.Body}"))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return (hash >> 11) / (double)(1UL << 53);
    }
}
