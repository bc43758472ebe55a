using System.Collections.Generic;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// What a create asked for, as far as an existing instance can show it. <see cref="BlueprintId"/> is
/// <see langword="null"/> for creates from a snapshot, whose blueprint comes from the snapshot and is not compared.
/// </summary>
internal sealed class RequestedInstances
{
    public RequestedInstances(List<string>? names, string? availabilityZone, string? blueprintId, string? bundleId)
    {
        Names = names ?? new List<string>();
        AvailabilityZone = availabilityZone;
        BlueprintId = blueprintId;
        BundleId = bundleId;
    }

    public List<string> Names { get; }

    public string? AvailabilityZone { get; }

    public string? BlueprintId { get; }

    public string? BundleId { get; }
}
