using Amazon.Runtime;
using Fluent.Lightsail.Local;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>
/// The client's read-and-change operations against Fluent.Lightsail.Local: the state each change leaves, the paginator
/// over small pages, addresses after running, typed errors, and injected faults on every new operation.
/// </summary>
public sealed class ProvisioningLocalTests : IAsyncLifetime
{
    private static readonly TimeSpan OperationDelay = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PublicIpDelay = TimeSpan.FromSeconds(5);

    // Starts at the real time: the endpoint rejects signatures too far from its clock, as AWS does.
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private LocalLightsailServer _server = null!;
    private LightsailClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalLightsailServer.StartAsync(new LocalLightsailOptions
        {
            Port = 0,
            TimeProvider = _clock,
            OperationDelay = OperationDelay,
            PublicIpDelay = PublicIpDelay,
            PageSize = 2,
        });
        _client = new LightsailClient(
            new BasicAWSCredentials(_server.AccessKeyId, _server.SecretAccessKey),
            new LightsailClientConfig { ServiceURL = _server.Endpoint.ToString(), AuthenticationRegion = _server.Region });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Tags_add_ons_and_ip_address_type_change_in_place_and_read_back()
    {
        await CreateAsync("web-1");

        var tagged = await _client.TagResourceAsync(new TagResourceRequest { ResourceName = "web-1", Tags = [new Tag { Key = "role", Value = "api" }, new Tag { Key = "team", Value = "core" }] });
        await _client.UntagResourceAsync(new UntagResourceRequest { ResourceName = "web-1", TagKeys = ["env"] });
        await _client.EnableAddOnAsync(new EnableAddOnRequest
        {
            ResourceName = "web-1",
            AddOnRequest = new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "04:00" } },
        });
        await _client.SetIpAddressTypeAsync(new SetIpAddressTypeRequest { ResourceType = ResourceType.Instance, ResourceName = "web-1", IpAddressType = IpAddressType.Ipv4 });
        var instance = await InstanceAsync("web-1");

        var operation = Assert.Single(tagged.Operations!);
        Assert.Equal(("web-1", "TagResource"), (operation.ResourceName, operation.OperationType!.Value));
        Assert.Same(ResourceType.Instance, operation.ResourceType);
        Assert.Equal([("role", "api"), ("team", "core")], instance.Tags!.Select(t => (t.Key, t.Value)));
        var addOn = Assert.Single(instance.AddOns!);
        Assert.Equal(("AutoSnapshot", "Enabled", "04:00", "04:00"), (addOn.Name, addOn.Status, addOn.SnapshotTimeOfDay, addOn.NextSnapshotTimeOfDay));
        Assert.Same(IpAddressType.Ipv4, instance.IpAddressType);
        Assert.Equal(Bundles.Small3_0, instance.BundleId);
        Assert.Equal(Blueprints.Ubuntu24_04, instance.BlueprintId);
        Assert.Equal("us-east-1a", instance.Location!.AvailabilityZone);
        Assert.Equal("deploy", instance.SshKeyName);
        Assert.NotNull(instance.CreatedAt);

        await _client.DisableAddOnAsync(new DisableAddOnRequest { ResourceName = "web-1", AddOnType = AddOnType.AutoSnapshot });
        Assert.Empty((await InstanceAsync("web-1")).AddOns!);
    }

    [Fact]
    public async Task Every_change_is_an_operation_that_GetOperation_follows_to_Succeeded()
    {
        await CreateAsync("web-1");

        var operation = Assert.Single((await _client.TagResourceAsync(new TagResourceRequest { ResourceName = "web-1", Tags = [new Tag { Key = "a" }] })).Operations!);
        var started = (await _client.GetOperationAsync(new GetOperationRequest { OperationId = operation.Id })).Operation!;
        _clock.Advance(OperationDelay);
        var ended = (await _client.GetOperationAsync(new GetOperationRequest { OperationId = operation.Id })).Operation!;

        Assert.Same(OperationStatus.NotStarted, operation.Status);
        Assert.False(started.IsTerminal);
        Assert.Same(OperationStatus.Succeeded, ended.Status);
        Assert.True(ended.IsTerminal);
    }

    [Fact]
    public async Task The_paginator_reads_every_instance_over_pages_of_two()
    {
        foreach (var name in new[] { "p-1", "p-2", "p-3", "p-4", "p-5" })
        {
            await CreateAsync(name);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        var names = new List<string?>();
        await foreach (var instance in _client.Paginators.GetInstances(new GetInstancesRequest()).Instances)
        {
            names.Add(instance.Name);
        }

        Assert.Equal(["p-1", "p-2", "p-3", "p-4", "p-5"], names);
        Assert.Equal(3, _server.Stats.Count("GetInstances"));
    }

    [Fact]
    public async Task The_public_address_arrives_PublicIpDelay_after_running()
    {
        await CreateAsync("web-1");
        _clock.Advance(OperationDelay);
        var running = await InstanceAsync("web-1");
        _clock.Advance(PublicIpDelay);
        var reachable = await InstanceAsync("web-1");

        Assert.Equal(("running", 16), (running.State!.Name, running.State.Code));
        Assert.Null(running.PublicIpAddress);
        Assert.Empty(running.Ipv6Addresses!);
        Assert.NotNull(reachable.PublicIpAddress);
        Assert.Single(reachable.Ipv6Addresses!);
        Assert.Same(IpAddressType.Dualstack, reachable.IpAddressType);
    }

    [Fact]
    public async Task Unknown_resources_and_bad_input_are_typed_errors()
    {
        await CreateAsync("web-1");

        await Assert.ThrowsAsync<NotFoundException>(() => _client.TagResourceAsync(new TagResourceRequest { ResourceName = "ghost", Tags = [new Tag { Key = "a" }] }));
        await Assert.ThrowsAsync<NotFoundException>(() => _client.DeleteInstanceAsync(new DeleteInstanceRequest { InstanceName = "ghost" }));
        var badKey = await Assert.ThrowsAsync<InvalidInputException>(() => _client.TagResourceAsync(new TagResourceRequest { ResourceName = "web-1", Tags = [new Tag { Key = "aws:name" }] }));
        var windowsOnly = await Assert.ThrowsAsync<InvalidInputException>(() => _client.SetIpAddressTypeAsync(
            new SetIpAddressTypeRequest { ResourceType = ResourceType.Instance, ResourceName = "web-1", IpAddressType = IpAddressType.Ipv6 }));

        Assert.Contains("aws:", badKey.Message, StringComparison.Ordinal);
        Assert.Contains("acceptBundleUpdate", windowsOnly.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TagResource")]
    [InlineData("UntagResource")]
    [InlineData("EnableAddOn")]
    [InlineData("SetIpAddressType")]
    [InlineData("GetInstances")]
    public async Task Throttling_5xx_and_dropped_connections_on_the_new_operations_are_retried(string operation)
    {
        await CreateAsync("web-1");
        _server.Faults.Enqueue(Fault.Throttle().For(operation), Fault.InternalError.For(operation));

        await CallAsync(operation);
        Assert.Equal(3, _server.Stats.Count(operation));

        // A dropped connection's own log entry may land after the retry's answer, so only the queue is checked here.
        _server.Faults.Enqueue(Fault.DropConnection.For(operation));
        await CallAsync(operation);
        Assert.Equal(0, _server.Faults.Pending);
    }

    [Theory]
    [InlineData("TagResource")]
    [InlineData("UntagResource")]
    [InlineData("EnableAddOn")]
    [InlineData("SetIpAddressType")]
    public async Task A_lost_response_is_retried_into_the_same_state(string operation)
    {
        await CreateAsync("web-1");
        _server.Faults.Enqueue(Fault.LostResponse.For(operation));

        await CallAsync(operation);
        var instance = await InstanceAsync("web-1");

        // The fault was taken and the call still returned: a second attempt was answered.
        Assert.Equal(0, _server.Faults.Pending);
        Assert.Equal(Expected(operation), Describe(instance));
    }

    [Theory]
    [InlineData("TagResource")]
    [InlineData("UntagResource")]
    [InlineData("EnableAddOn")]
    [InlineData("DisableAddOn")]
    [InlineData("SetIpAddressType")]
    public async Task An_injected_operation_failure_ends_Failed_and_changes_nothing(string operation)
    {
        await CreateAsync("web-1", autoSnapshot: operation == "DisableAddOn");
        var before = Describe(await InstanceAsync("web-1"));
        _server.Faults.Enqueue(Fault.OperationFailure("InternalFailure", "injected").For(operation));

        var started = Assert.Single(await CallAsync(operation));
        _clock.Advance(OperationDelay);
        var ended = (await _client.GetOperationAsync(new GetOperationRequest { OperationId = started.Id })).Operation!;

        Assert.Same(OperationStatus.Failed, ended.Status);
        Assert.Equal(("InternalFailure", "injected"), (ended.ErrorCode, ended.ErrorDetails));
        Assert.Equal(before, Describe(await InstanceAsync("web-1")));
    }

    [Fact]
    public async Task A_DisableAddOn_whose_answer_was_lost_is_recognised_when_its_retry_is_refused()
    {
        await CreateAsync("web-1", autoSnapshot: true);
        _server.Faults.Enqueue(Fault.LostResponse.For("DisableAddOn"));

        var response = await _client.DisableAddOnAsync(new DisableAddOnRequest { ResourceName = "web-1", AddOnType = AddOnType.AutoSnapshot });

        Assert.True(response.RecoveredAfterRetry);
        var operation = Assert.Single(response.Operations!);
        Assert.Equal(("DisableAddOn", "web-1"), (operation.OperationType!.Value, operation.ResourceName));
        Assert.Empty((await InstanceAsync("web-1")).AddOns!);
        Assert.Equal(0, _server.Faults.Pending);
    }

    [Fact]
    public async Task A_DeleteInstance_whose_answer_was_lost_is_recognised_when_its_retry_is_refused()
    {
        await CreateAsync("web-1");
        _server.Faults.Enqueue(Fault.LostResponse.For("DeleteInstance"));

        var response = await _client.DeleteInstanceAsync(new DeleteInstanceRequest { InstanceName = "web-1" });

        Assert.True(response.RecoveredAfterRetry);
        var operation = Assert.Single(response.Operations!);
        Assert.Same(OperationType.DeleteInstance, operation.OperationType);
        Assert.Equal("shutting-down", (await InstanceAsync("web-1")).State!.Name);
        Assert.Equal(0, _server.Faults.Pending);
    }

    [Fact]
    public async Task A_first_DisableAddOn_of_an_add_on_that_is_off_still_fails()
    {
        await CreateAsync("web-1");

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => _client.DisableAddOnAsync(new DisableAddOnRequest { ResourceName = "web-1", AddOnType = AddOnType.AutoSnapshot }));

        Assert.Contains("not enabled", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, _server.Stats.Count("GetInstance"));
    }

    [Fact]
    public async Task A_failed_delete_leaves_the_instance_running_and_may_be_tried_again()
    {
        await CreateAsync("web-1");
        _clock.Advance(OperationDelay);
        _server.Faults.Enqueue(Fault.OperationFailure().For("DeleteInstance"));

        var failed = Assert.Single((await _client.DeleteInstanceAsync(new DeleteInstanceRequest { InstanceName = "web-1" })).Operations!);
        _clock.Advance(OperationDelay);
        var afterFailure = await InstanceAsync("web-1");
        await _client.DeleteInstanceAsync(new DeleteInstanceRequest { InstanceName = "web-1" });
        _clock.Advance(OperationDelay);

        Assert.Same(OperationStatus.Failed, (await _client.GetOperationAsync(new GetOperationRequest { OperationId = failed.Id })).Operation!.Status);
        Assert.Equal("running", afterFailure.State!.Name);
        Assert.Empty(_server.InstanceNames);
    }

    [Fact]
    public async Task DeleteInstance_frees_the_name_after_its_operation()
    {
        await CreateAsync("web-1");

        var deleted = Assert.Single((await _client.DeleteInstanceAsync(new DeleteInstanceRequest { InstanceName = "web-1", ForceDeleteAddOns = true })).Operations!);
        var shuttingDown = await InstanceAsync("web-1");
        _clock.Advance(OperationDelay);

        Assert.Same(OperationType.DeleteInstance, deleted.OperationType);
        Assert.Equal("shutting-down", shuttingDown.State!.Name);
        await Assert.ThrowsAsync<NotFoundException>(() => InstanceAsync("web-1"));
        Assert.Empty(_server.InstanceNames);
    }

    private async Task CreateAsync(string name, bool autoSnapshot = false) =>
        await _client.CreateInstancesAsync(new CreateInstancesRequest
        {
            InstanceNames = [name],
            AvailabilityZone = "us-east-1a",
            BlueprintId = Blueprints.Ubuntu24_04,
            BundleId = Bundles.Small3_0,
            KeyPairName = "deploy",
            Tags = [new Tag { Key = "role", Value = "web" }, new Tag { Key = "env", Value = "prod" }],
            AddOns = autoSnapshot ? [new AddOnRequest { AddOnType = AddOnType.AutoSnapshot }] : null,
        });

    private async Task<Instance> InstanceAsync(string name) =>
        (await _client.GetInstanceAsync(new GetInstanceRequest { InstanceName = name })).Instance!;

    private async Task<List<Operation>> CallAsync(string operation) => operation switch
    {
        "TagResource" => (await _client.TagResourceAsync(new TagResourceRequest { ResourceName = "web-1", Tags = [new Tag { Key = "team", Value = "core" }] })).Operations!,
        "UntagResource" => (await _client.UntagResourceAsync(new UntagResourceRequest { ResourceName = "web-1", TagKeys = ["env"] })).Operations!,
        "EnableAddOn" => (await _client.EnableAddOnAsync(new EnableAddOnRequest { ResourceName = "web-1", AddOnRequest = new AddOnRequest { AddOnType = AddOnType.AutoSnapshot } })).Operations!,
        "DisableAddOn" => (await _client.DisableAddOnAsync(new DisableAddOnRequest { ResourceName = "web-1", AddOnType = AddOnType.AutoSnapshot })).Operations!,
        "SetIpAddressType" => (await _client.SetIpAddressTypeAsync(new SetIpAddressTypeRequest { ResourceType = ResourceType.Instance, ResourceName = "web-1", IpAddressType = IpAddressType.Ipv4 })).Operations!,
        "GetInstances" => (await _client.GetInstancesAsync(new GetInstancesRequest())).Instances!.Count == 1 ? [] : throw new InvalidOperationException("one instance expected"),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private static string Expected(string operation) => operation switch
    {
        "TagResource" => "role=web,env=prod,team=core|-|dualstack",
        "UntagResource" => "role=web|-|dualstack",
        "EnableAddOn" => "role=web,env=prod|AutoSnapshot 06:00|dualstack",
        "SetIpAddressType" => "role=web,env=prod|-|ipv4",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private static string Describe(Instance instance) =>
        string.Join(",", instance.Tags!.Select(t => $"{t.Key}={t.Value}"))
        + "|" + (instance.AddOns!.Count == 0 ? "-" : string.Join(",", instance.AddOns.Select(a => $"{a.Name} {a.SnapshotTimeOfDay}")))
        + "|" + instance.IpAddressType!.Value;
}
