using Amazon.Runtime;
using Fluent.Lightsail.Integration.Tests.EndToEnd.Templates;
using Fluent.Lightsail.Local;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Integration.Tests.EndToEnd;

/// <summary>
/// The whole product on one machine: templates declared in this project, builders the generator made from them during
/// this build, the client, and the local endpoint, which checks signatures and validates like Lightsail.
/// </summary>
public sealed class TemplateToInstanceTests : IAsyncLifetime
{
    private const string AccessKeyId = "AKIDENDTOENDTESTS";
    private const string SecretAccessKey = "end-to-end-secret-access-key";
    private const string Region = "us-east-1";

    // Starts at the real time: the endpoint rejects signatures too far from its clock, as AWS does.
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private LocalLightsailServer _server = null!;
    private LightsailClient _client = null!;

    public async Task InitializeAsync()
    {
        // Set for the whole assembly by the linked Testing/Linked/TestEnvironment.cs: the SDK's chains must never reach for
        // the EC2 metadata service. Checked here because this test relies on it too.
        Assert.Equal("true", Environment.GetEnvironmentVariable("AWS_EC2_METADATA_DISABLED"));

        _server = await LocalLightsailServer.StartAsync(new LocalLightsailOptions
        {
            Port = 0,
            AccessKeyId = AccessKeyId,
            SecretAccessKey = SecretAccessKey,
            Region = Region,
            TimeProvider = _clock,
            OperationDelay = TimeSpan.FromSeconds(10),
        });

        // ServiceURL and RegionEndpoint exclude each other in ClientConfig; with a custom endpoint the region is the
        // signing region, given explicitly so nothing is taken from the environment.
        _client = new LightsailClient(
            new BasicAWSCredentials(AccessKeyId, SecretAccessKey),
            new LightsailClientConfig { ServiceURL = _server.Endpoint.ToString(), AuthenticationRegion = Region });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_template_becomes_running_instances_with_its_values_and_the_call_site_tags()
    {
        var created = await WebServer.Named("web-1", "web-2").WithTag("owner", "e2e").CreateAsync(_client);
        var final = await created.WaitAsync(_client, AdvancingClock());

        Assert.Equal(1, _server.Stats.Count("CreateInstances"));
        Assert.Equal(["web-1", "web-2"], final.Select(operation => operation.ResourceName));
        Assert.All(final, operation => Assert.Same(OperationStatus.Succeeded, operation.Status));
        foreach (var name in new[] { "web-1", "web-2" })
        {
            var instance = await GetInstanceAsync(name);
            Assert.Equal("running", instance.State!.Name);
            Assert.Equal(Blueprints.Ubuntu24_04, instance.BlueprintId);
            Assert.Equal(Bundles.Small3_0, instance.BundleId);
            Assert.Equal("us-east-1a", instance.Location!.AvailabilityZone);
            Assert.Equal([("role", "web"), ("backup", null), ("owner", "e2e")], Tags(instance));
            var autoSnapshot = Assert.Single(instance.AddOns!);
            Assert.Equal("AutoSnapshot", autoSnapshot.Name);
            Assert.Equal("06:00", autoSnapshot.SnapshotTimeOfDay);
        }
    }

    [Fact]
    public async Task Required_stages_supply_what_the_template_leaves_open()
    {
        var created = await DevBox.Named("dev-1").InZone("us-east-1b").WithBundle(Bundles.Nano3_0).CreateAsync(_client);
        var operation = Assert.Single(await created.WaitAsync(_client, AdvancingClock()));

        Assert.Same(OperationStatus.Succeeded, operation.Status);
        var instance = await GetInstanceAsync("dev-1");
        Assert.Equal(Blueprints.Debian12, instance.BlueprintId);
        Assert.Equal(Bundles.Nano3_0, instance.BundleId);
        Assert.Equal("us-east-1b", instance.Location!.AvailabilityZone);
        Assert.Equal([("purpose", "development")], Tags(instance));
    }

    [Fact]
    public async Task A_Lightsail_for_Research_template_gets_its_StopInstanceOnIdle_add_on()
    {
        var created = await ResearchComputer.Named("lab-1").CreateAsync(_client);
        var operation = Assert.Single(await created.WaitAsync(_client, AdvancingClock()));

        Assert.Same(OperationStatus.Succeeded, operation.Status);
        var instance = await GetInstanceAsync("lab-1");
        Assert.Equal("lfr_jupyterlab_1_0", instance.BlueprintId);
        Assert.Equal("app_standard_xl_1_0", instance.BundleId);
        var addOn = Assert.Single(instance.AddOns!);
        Assert.Equal("StopInstanceOnIdle", addOn.Name);
        Assert.Equal("5", addOn.Threshold);
        Assert.Equal("30", addOn.Duration);
    }

    [Fact]
    public async Task An_invalid_call_site_value_throws_before_any_request()
    {
        // Known only at run time, so no analyzer sees it: Build() inside CreateAsync must stop it.
        var timeOfDay = string.Concat("6:", "30");

        var exception = await Assert.ThrowsAsync<LightsailValidationException>(
            () => WebServer.Named("web-1").WithAutoSnapshot(timeOfDay).CreateAsync(_client));

        Assert.Contains(exception.Errors, violation => violation.Value == timeOfDay);
        Assert.Equal(0, _server.Stats.Total);
        Assert.Empty(_server.InstanceNames);
    }

    private async Task<Instance> GetInstanceAsync(string name) =>
        (await _client.GetInstanceAsync(new GetInstanceRequest { InstanceName = name })).Instance!;

    private static (string? Key, string? Value)[] Tags(Instance instance) =>
        [.. (instance.Tags ?? []).Select(tag => (tag.Key, tag.Value))];

    /// <summary>Waiting moves the endpoint's clock instead of sleeping.</summary>
    private WaitOptions AdvancingClock() => new()
    {
        InitialDelay = TimeSpan.FromSeconds(2),
        MaxDelay = TimeSpan.FromSeconds(4),
        Jitter = false,
        Delay = (delay, _) =>
        {
            _clock.Advance(delay);
            return Task.CompletedTask;
        },
    };
}
