using System.Text;
using Fluent.Lightsail.Client.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>CreateInstancesFromSnapshot: the body in model order, and the same safety for retried creates.</summary>
public sealed class CreateFromSnapshotTests
{
    [Fact]
    public async Task Body_is_written_in_model_order_with_unset_members_left_out()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"operations\":[{\"id\":\"op-1\",\"resourceName\":\"web-1\"}]}"));
        using var client = TestClients.Create(server);
        var request = new CreateInstancesFromSnapshotRequest
        {
            UseLatestRestorableAutoSnapshot = true,
            SourceInstanceName = "web-0",
            IpAddressType = IpAddressType.Ipv4,
            AddOns = new List<AddOnRequest> { new() { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "23:00" } } },
            Tags = new List<Tag>(),
            KeyPairName = "deploy",
            BundleId = "medium_3_0",
            AvailabilityZone = "us-east-1b",
            AttachedDiskMapping = new Dictionary<string, List<DiskMap>> { ["/dev/xvdf"] = new() { new DiskMap { OriginalDiskPath = "/dev/xvdf", NewDiskName = "data-1" } } },
            InstanceNames = new List<string> { "web-1" },
        };

        var response = await client.CreateInstancesFromSnapshotAsync(request);

        var sent = Assert.Single(server.Requests);
        const string Expected =
            "{\"instanceNames\":[\"web-1\"],\"attachedDiskMapping\":{\"/dev/xvdf\":[{\"originalDiskPath\":\"/dev/xvdf\",\"newDiskName\":\"data-1\"}]},"
            + "\"availabilityZone\":\"us-east-1b\",\"bundleId\":\"medium_3_0\",\"keyPairName\":\"deploy\",\"tags\":[],"
            + "\"addOns\":[{\"addOnType\":\"AutoSnapshot\",\"autoSnapshotAddOnRequest\":{\"snapshotTimeOfDay\":\"23:00\"}}],"
            + "\"ipAddressType\":\"ipv4\",\"sourceInstanceName\":\"web-0\",\"useLatestRestorableAutoSnapshot\":true}";
        Assert.Equal(Expected, Encoding.UTF8.GetString(sent.Body));
        Assert.Equal("Lightsail_20161128.CreateInstancesFromSnapshot", sent.Header("X-Amz-Target"));
        SigV4Verifier.AssertValid(sent, TestClients.AccessKey, TestClients.SecretKey);
        Assert.Equal("op-1", Assert.Single(response.Operations!).Id);
    }

    [Fact]
    public async Task A_lost_response_is_recovered_without_a_second_instance()
    {
        var fake = new FakeLightsail
        {
            Intercept = (request, index) => request.Operation == "CreateInstancesFromSnapshot" && index == 0 ? (true, StubReply.DropConnection()) : (false, null),
        };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);

        var response = await client.CreateInstancesFromSnapshotAsync(new CreateInstancesFromSnapshotRequest
        {
            InstanceNames = new List<string> { "web-1" },
            AvailabilityZone = "us-east-1a",
            InstanceSnapshotName = "web-snapshot",
            BundleId = "small_3_0",
        });

        Assert.True(response.RecoveredAfterRetry);
        Assert.Equal(1, fake.CreatedCount);
        Assert.Equal("web-1", Assert.Single(response.Operations!).ResourceName);
    }

    [Fact]
    public async Task A_retried_conflict_with_another_bundle_still_fails()
    {
        var fake = new FakeLightsail
        {
            Intercept = (request, index) => request.Operation == "CreateInstancesFromSnapshot" && index == 0 ? (false, StubReply.DropConnection()) : (false, null),
        };
        fake.Seed("web-1", "snapshot_blueprint", "large_3_0", "us-east-1a", DateTime.UtcNow);
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);

        await Assert.ThrowsAsync<InvalidInputException>(() => client.CreateInstancesFromSnapshotAsync(new CreateInstancesFromSnapshotRequest
        {
            InstanceNames = new List<string> { "web-1" },
            AvailabilityZone = "us-east-1a",
            InstanceSnapshotName = "web-snapshot",
            BundleId = "small_3_0",
        }));

        Assert.Equal(0, fake.CreatedCount);
    }
}
