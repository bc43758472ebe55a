using Fluent.Lightsail.Local.Catalog;

namespace Fluent.Lightsail.Local.State;

/// <summary>What a snapshot brings to new instances: its image, and the plan its disk was taken from.</summary>
internal sealed record SnapshotSource(BlueprintInfo Blueprint, BundleInfo SourceBundle);
