namespace Fluent.Lightsail.Reliability.Tests.Faults.Network;

/// <summary>What the fault proxy does to one request.</summary>
internal enum ProxyFaultKind
{
    /// <summary>Forwards the request and relays the answer.</summary>
    None,

    /// <summary>Resets the client's connection after reading the request, without forwarding it: the service never sees it.</summary>
    ResetBeforeForwarding,

    /// <summary>Forwards the request, reads the whole answer (the work is done), then resets the client's connection.</summary>
    LostResponse,

    /// <summary>Forwards the request and relays only the first half of the answer's bytes, then resets.</summary>
    TruncatedResponse,

    /// <summary>Holds the request, then forwards it whether or not the client still waits: a create held in the network.</summary>
    Delay,
}

/// <summary>One decision of the proxy's schedule.</summary>
internal sealed record ProxyFault(ProxyFaultKind Kind, TimeSpan Delay = default)
{
    public static readonly ProxyFault None = new(ProxyFaultKind.None);
}

/// <summary>The request the schedule decides on: its operation, its <c>amz-sdk-request</c> attempt header, and its body.</summary>
internal sealed record ProxiedRequest(string Operation, string Attempt, string Body, int Occurrence);
