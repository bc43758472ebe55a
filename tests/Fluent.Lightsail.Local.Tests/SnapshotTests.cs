using Fluent.Lightsail.Local.Tests.Infrastructure;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Local.Tests;

/// <summary>CreateInstancesFromSnapshot from a seeded manual snapshot or from an instance's automatic snapshots.</summary>
public sealed class SnapshotTests : LocalServerTest
{
    protected override void Configure(LocalLightsailOptions options) =>
        options.InstanceSnapshots.Add(new LocalInstanceSnapshot("golden", Blueprints.Debian12, Bundles.Medium3_0));

    [Fact]
    public async Task From_a_manual_snapshot_the_instances_get_its_blueprint()
    {
        var reply = await Http.SendAsync("CreateInstancesFromSnapshot",
            """{"instanceNames":["copy-1","copy-2"],"availabilityZone":"us-east-1b","instanceSnapshotName":"golden","bundleId":"large_3_0","tags":[{"key":"from","value":"golden"}]}""");

        var operations = reply.Json.GetProperty("operations").EnumerateArray().ToList();
        Assert.Equal(2, operations.Count);
        Assert.All(operations, o => Assert.Equal("CreateInstancesFromSnapshot", o.GetProperty("operationType").GetString()));
        var instance = (await Http.SendAsync("GetInstance", """{"instanceName":"copy-2"}""")).Json.GetProperty("instance");
        Assert.Equal("debian_12", instance.GetProperty("blueprintId").GetString());
        Assert.Equal("large_3_0", instance.GetProperty("bundleId").GetString());
        Assert.Equal("golden", instance.GetProperty("tags")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task From_the_latest_automatic_snapshot_of_a_running_instance()
    {
        await Http.SendAsync("CreateInstances", CreateBody(extra: ""","addOns":[{"addOnType":"AutoSnapshot"}]"""));
        Clock.Advance(OperationDelay);

        var reply = await Http.SendAsync("CreateInstancesFromSnapshot",
            """{"instanceNames":["web-2"],"availabilityZone":"us-east-1a","sourceInstanceName":"web-1","useLatestRestorableAutoSnapshot":true,"bundleId":"small_3_0"}""");

        Assert.Equal(200, reply.Status);
        Assert.Equal(["web-1", "web-2"], Server.InstanceNames);
    }

    [Fact]
    public async Task Restore_date_must_be_a_day_with_a_snapshot()
    {
        await Http.SendAsync("CreateInstances", CreateBody(extra: ""","addOns":[{"addOnType":"AutoSnapshot"}]"""));
        Clock.Advance(OperationDelay);
        var today = Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var good = await Http.SendAsync("CreateInstancesFromSnapshot",
            $$"""{"instanceNames":["web-2"],"availabilityZone":"us-east-1a","sourceInstanceName":"web-1","restoreDate":"{{today}}","bundleId":"small_3_0"}""");
        var before = await Http.SendAsync("CreateInstancesFromSnapshot",
            """{"instanceNames":["web-3"],"availabilityZone":"us-east-1a","sourceInstanceName":"web-1","restoreDate":"2020-01-01","bundleId":"small_3_0"}""");
        var malformed = await Http.SendAsync("CreateInstancesFromSnapshot",
            """{"instanceNames":["web-3"],"availabilityZone":"us-east-1a","sourceInstanceName":"web-1","restoreDate":"01/02/2026","bundleId":"small_3_0"}""");

        Assert.Equal(200, good.Status);
        Assert.Equal("NotFoundException", before.ErrorType);
        Assert.Contains("YYYY-MM-DD", malformed.ErrorMessage);
    }

    public static TheoryData<string, string, string> Refused => new()
    {
        { """{"instanceNames":["n-1"],"availabilityZone":"us-east-1a","bundleId":"large_3_0"}""", "InvalidInputException", "Specify instanceSnapshotName" },
        { """{"instanceNames":["n-1"],"availabilityZone":"us-east-1a","bundleId":"large_3_0","instanceSnapshotName":"golden","sourceInstanceName":"web-1"}""", "InvalidInputException", "mutually exclusive" },
        { """{"instanceNames":["n-1"],"availabilityZone":"us-east-1a","bundleId":"large_3_0","instanceSnapshotName":"golden","useLatestRestorableAutoSnapshot":true}""", "InvalidInputException", "apply only to automatic snapshots" },
        { """{"instanceNames":["n-1"],"availabilityZone":"us-east-1a","bundleId":"large_3_0","sourceInstanceName":"web-1"}""", "InvalidInputException", "exactly one of restoreDate and useLatestRestorableAutoSnapshot" },
        { """{"instanceNames":["n-1"],"availabilityZone":"us-east-1a","bundleId":"large_3_0","instanceSnapshotName":"nope"}""", "NotFoundException", "The InstanceSnapshot does not exist: nope" },
        { """{"instanceNames":["n-1"],"availabilityZone":"us-east-1a","bundleId":"large_3_0","sourceInstanceName":"ghost","useLatestRestorableAutoSnapshot":true}""", "NotFoundException", "The Instance does not exist: ghost" },
        { """{"instanceNames":["n-1"],"availabilityZone":"us-east-1a","bundleId":"nano_3_0","instanceSnapshotName":"golden"}""", "InvalidInputException", "smaller than the snapshot's source bundle medium_3_0" },
        { """{"instanceNames":["n-1"],"availabilityZone":"us-east-1a","bundleId":"large_win_3_0","instanceSnapshotName":"golden"}""", "InvalidInputException", "requires LINUX_UNIX" },
        { """{"instanceNames":["n-1"],"availabilityZone":"us-east-9a","bundleId":"large_3_0","instanceSnapshotName":"golden"}""", "InvalidInputException", "The given Availability Zone is invalid." },
        { """{"instanceNames":["n-1"],"availabilityZone":"us-east-1a","instanceSnapshotName":"golden"}""", "InvalidInputException", "Value null at 'bundleId'" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Refused_input(string body, string errorType, string messagePart)
    {
        var reply = await Http.SendAsync("CreateInstancesFromSnapshot", body);

        Assert.Equal(errorType, reply.ErrorType);
        Assert.Contains(messagePart, reply.ErrorMessage);
        Assert.Empty(Server.InstanceNames);
    }

    [Fact]
    public async Task Instance_without_AutoSnapshot_has_no_automatic_snapshots()
    {
        await Http.SendAsync("CreateInstances", CreateBody());
        Clock.Advance(OperationDelay);

        var reply = await Http.SendAsync("CreateInstancesFromSnapshot",
            """{"instanceNames":["web-2"],"availabilityZone":"us-east-1a","sourceInstanceName":"web-1","useLatestRestorableAutoSnapshot":true,"bundleId":"small_3_0"}""");

        Assert.Equal("InvalidInputException", reply.ErrorType);
        Assert.Contains("AutoSnapshot add-on is not enabled", reply.ErrorMessage);
    }

    [Fact]
    public async Task Seeded_snapshot_with_unknown_ids_fails_at_start()
    {
        var options = new LocalLightsailOptions();
        options.InstanceSnapshots.Add(new LocalInstanceSnapshot("bad", "no_such_blueprint", Bundles.Nano3_0));

        await Assert.ThrowsAsync<ArgumentException>(() => LocalLightsailServer.StartAsync(options));
    }
}
