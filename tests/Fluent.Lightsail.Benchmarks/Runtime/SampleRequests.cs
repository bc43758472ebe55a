using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Benchmarks.Runtime;

/// <summary>One request, written by hand and built by the generated builder, with the same content.</summary>
internal static class SampleRequests
{
    /// <summary>What <see cref="BenchWebServer"/>.Named("a1").InZone("us-east-2a").WithTag("owner", "ann").Build() returns.</summary>
    public static CreateInstancesRequest HandWritten() => new()
    {
        InstanceNames = ["a1"],
        AvailabilityZone = "us-east-2a",
        BlueprintId = Blueprints.Ubuntu24_04,
        BundleId = Bundles.Small3_0,
        KeyPairName = "deploy",
        Tags = [new Tag { Key = "role", Value = "web" }, new Tag { Key = "owner", Value = "ann" }],
        AddOns =
        [
            new AddOnRequest
            {
                AddOnType = AddOnType.AutoSnapshot,
                AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" },
            },
        ],
    };

    public static CreateInstancesRequest Built() =>
        BenchWebServer.Named("a1").InZone("us-east-2a").WithTag("owner", "ann").Build();

    // 1,024 distinct strings per member, made at run time (not interned): every request has values no earlier call used,
    // as a server building requests from user input does. A power of two for the index mask.
    private static readonly string[] Names = Distinct(i => "web-" + i);
    private static readonly string[] Zones = Distinct(i => new[] { "us-east-2a", "us-east-2b", "eu-west-1a", "ap-south-1b" }[i % 4]);
    private static readonly string[] Owners = Distinct(i => "owner-" + i);

    /// <summary>The same shape as <see cref="HandWritten"/>, with the <paramref name="index"/>-th of the distinct values.</summary>
    public static CreateInstancesRequest HandWrittenVarying(int index) => new()
    {
        InstanceNames = [Names[index & 1023]],
        AvailabilityZone = Zones[index & 1023],
        BlueprintId = Blueprints.Ubuntu24_04,
        BundleId = Bundles.Small3_0,
        KeyPairName = "deploy",
        Tags = [new Tag { Key = "role", Value = "web" }, new Tag { Key = "owner", Value = Owners[index & 1023] }],
        AddOns =
        [
            new AddOnRequest
            {
                AddOnType = AddOnType.AutoSnapshot,
                AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" },
            },
        ],
    };

    /// <summary>The builder with the <paramref name="index"/>-th of the distinct values.</summary>
    public static CreateInstancesRequest BuiltVarying(int index) =>
        BenchWebServer.Named(Names[index & 1023]).InZone(Zones[index & 1023]).WithTag("owner", Owners[index & 1023]).Build();

    private static string[] Distinct(Func<int, string> value)
        => Enumerable.Range(0, 1024).Select(i => new string(value(i).AsSpan())).ToArray();
}
