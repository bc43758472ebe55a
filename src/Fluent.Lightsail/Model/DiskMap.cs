namespace Fluent.Lightsail.Model;

/// <summary>A disk to create from a snapshot's disk, as <c>Amazon.Lightsail.Model.DiskMap</c>.</summary>
public sealed class DiskMap
{
    /// <summary>The disk path in the snapshot, such as <c>/dev/xvdf</c>.</summary>
    public string? OriginalDiskPath { get; set; }

    /// <summary>The name of the new disk.</summary>
    public string? NewDiskName { get; set; }
}
