namespace Fluent.Lightsail;

/// <summary>An instance is stopping, stopped or shutting down (being deleted) instead of becoming ready.</summary>
public sealed class InstanceStoppedException : InstanceNotReadyException
{
    /// <summary>Creates the exception for the state seen.</summary>
    public InstanceStoppedException(string instanceName, string stateSeen)
        : base(instanceName, stateSeen, $"Instance '{instanceName}' will not become ready: it is {stateSeen}. Start it again (or re-create it) and wait once more.")
    {
    }
}
