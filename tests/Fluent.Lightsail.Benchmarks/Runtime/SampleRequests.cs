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
}
