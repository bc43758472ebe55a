namespace Fluent.Lightsail.Model;

/// <summary>An add-on enabled on a resource, as <c>Amazon.Lightsail.Model.AddOn</c>.</summary>
public sealed class AddOn
{
    /// <summary>The add-on name, such as <c>AutoSnapshot</c>.</summary>
    public string? Name { get; set; }

    /// <summary>The add-on status, such as <c>Enabled</c>.</summary>
    public string? Status { get; set; }

    /// <summary>The daily automatic snapshot time, <c>HH:00</c> UTC.</summary>
    public string? SnapshotTimeOfDay { get; set; }

    /// <summary>The time of the next automatic snapshot.</summary>
    public string? NextSnapshotTimeOfDay { get; set; }

    /// <summary>The StopInstanceOnIdle CPU threshold.</summary>
    public string? Threshold { get; set; }

    /// <summary>The StopInstanceOnIdle duration in minutes.</summary>
    public string? Duration { get; set; }
}
