namespace Fluent.Lightsail.Local.State;

/// <summary>An add-on enabled on an instance, as <c>GetInstance</c> reports it.</summary>
internal sealed record InstanceAddOn(string Name, string? SnapshotTimeOfDay, string? Threshold, string? Duration);
