using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Reliability.Worker;

/// <summary>
/// The desired state every ensure of the provisioning tests asks for: one pool of names, each with the same blueprint,
/// bundle, zone, tags and AutoSnapshot time whoever ensures it, so overlapping fleets never disagree about a name, and
/// anything else a name shows afterwards is drift the test put there on purpose.
/// </summary>
public static class EnsureFleet
{
    public const string Zone = "us-east-1a";
    public const string SnapshotTime = "06:00";

    /// <summary>The tags every instance of the pool should carry.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> DesiredTags { get; } =
        [new("role", "web"), new("fleet", "ensure")];

    public static string Name(int index) => $"fleet-{index:D3}";

    /// <summary>The desired request for <paramref name="names"/>: what a caller passes to <c>EnsureInstancesAsync</c>.</summary>
    public static CreateInstancesRequest Desired(IEnumerable<string> names) => new()
    {
        InstanceNames = names.ToList(),
        AvailabilityZone = Zone,
        BlueprintId = Blueprints.Ubuntu24_04,
        BundleId = Bundles.Small3_0,
        Tags = DesiredTags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(),
        AddOns = [AutoSnapshot()],
    };

    public static AddOnRequest AutoSnapshot() => new()
    {
        AddOnType = AddOnType.AutoSnapshot,
        AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = SnapshotTime },
    };

    /// <summary>
    /// One to six names of a pool of <paramref name="poolSize"/>, close to each other so that fleets overlap. Fleets of
    /// up to four names are read name by name, larger ones page by page (<c>GetInstances</c>), so both ways are exercised.
    /// </summary>
    public static List<string> Pick(Random random, int poolSize)
    {
        var first = random.Next(poolSize);
        var count = 1 + random.Next(Math.Min(6, poolSize));
        return Enumerable.Range(0, count).Select(offset => Name((first + (offset * (1 + random.Next(2)))) % poolSize)).Distinct().ToList();
    }
}
