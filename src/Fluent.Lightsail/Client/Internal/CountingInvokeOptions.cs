using Amazon.Runtime.Internal;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// Per-call invoke options that also count how many times the request really went to the wire. Core's
/// <c>RequestContext.Retries</c> is not enough: a dropped connection is retried as a "stale connection" without
/// incrementing it, yet the server may have acted on the first attempt.
/// </summary>
internal sealed class CountingInvokeOptions : InvokeOptions
{
    private int _attemptsSent;

    public int AttemptsSent => System.Threading.Volatile.Read(ref _attemptsSent);

    public void CountAttempt() => System.Threading.Interlocked.Increment(ref _attemptsSent);
}
