namespace Fluent.Lightsail.Local;

/// <summary>
/// A manual instance snapshot the endpoint pretends to hold, for <c>CreateInstancesFromSnapshot</c> with
/// <c>instanceSnapshotName</c> (the endpoint has no CreateInstanceSnapshot; seed snapshots through the options).
/// </summary>
public sealed record LocalInstanceSnapshot(string Name, string BlueprintId, string BundleId);
