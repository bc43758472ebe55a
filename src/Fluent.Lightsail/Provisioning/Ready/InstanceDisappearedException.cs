namespace Fluent.Lightsail;

/// <summary>An instance no longer exists (deleted), or was never found, while waiting for it to become ready.</summary>
public sealed class InstanceDisappearedException : InstanceNotReadyException
{
    /// <summary>Creates the exception; <paramref name="stateSeen"/> is <see langword="null"/> when the instance was never found.</summary>
    public InstanceDisappearedException(string instanceName, string? stateSeen)
        : base(
            instanceName,
            stateSeen,
            stateSeen == null
                ? $"Instance '{instanceName}' will not become ready: Lightsail has no instance of that name and no create operation in progress for it."
                : $"Instance '{instanceName}' will not become ready: it disappeared (deleted) after it was seen {stateSeen}.")
    {
    }
}
