using System;
using System.Collections.Generic;
using System.Linq;

namespace Fluent.Lightsail;

/// <summary>The wait for readiness timed out; lists the instances not ready yet with their last state and address.</summary>
public sealed class InstancesNotReadyException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    public InstancesNotReadyException(TimeSpan timeout, IReadOnlyList<InstanceReadiness> notReady)
        : base($"Timed out after {timeout} waiting for Lightsail instances to be running with a public address; not ready: "
               + string.Join("; ", (notReady ?? Array.Empty<InstanceReadiness>()).Select(r => r.ToString())) + ".")
    {
        Timeout = timeout;
        NotReady = notReady ?? throw new ArgumentNullException(nameof(notReady));
    }

    /// <summary>The timeout that passed.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The instances not ready, as last seen.</summary>
    public IReadOnlyList<InstanceReadiness> NotReady { get; }
}
