namespace Fluent.Lightsail.Model;

/// <summary>The settings of the automatic snapshot add-on, as <c>Amazon.Lightsail.Model.AutoSnapshotAddOnRequest</c>.</summary>
public sealed class AutoSnapshotAddOnRequest
{
    /// <summary>The daily snapshot time, <c>HH:00</c> in UTC.</summary>
    public string? SnapshotTimeOfDay { get; set; }
}
