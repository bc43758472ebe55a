namespace Fluent.Lightsail.Model;

/// <summary>The hardware of an instance, as <c>Amazon.Lightsail.Model.InstanceHardware</c> (without its disks).</summary>
public sealed class InstanceHardware
{
    /// <summary>The number of vCPUs.</summary>
    public int? CpuCount { get; set; }

    /// <summary>The memory in GB.</summary>
    public float? RamSizeInGb { get; set; }
}
