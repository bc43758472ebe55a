using System;

namespace Fluent.Lightsail;

/// <summary>
/// An instance will not become ready: its create failed, it is stopping or stopped, or it disappeared. Names the instance
/// and the state last seen.
/// </summary>
public abstract class InstanceNotReadyException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected InstanceNotReadyException(string instanceName, string? stateSeen, string message)
        : base(message)
    {
        InstanceName = instanceName;
        StateSeen = stateSeen;
    }

    /// <summary>The instance.</summary>
    public string InstanceName { get; }

    /// <summary>The state last seen (<c>pending</c>, <c>stopping</c>, …); <see langword="null"/> if the instance was never found.</summary>
    public string? StateSeen { get; }

    /// <summary>The state as a message shows it.</summary>
    protected static string Shown(string? state) => state ?? "never found";
}
