using Amazon.Runtime;
using Fluent.Lightsail.Local;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Integration.Tests.Provisioning.Support;

/// <summary>
/// A local endpoint on a manual clock for provisioning tests: operations take <see cref="OperationDelay"/>, a running
/// instance gets its address <see cref="PublicIpDelay"/> later, and <c>GetInstances</c> answers pages of
/// <see cref="PageSize"/> so that reading a fleet pages. Nothing moves unless a test moves the clock.
/// </summary>
public abstract class LocalFleet : IAsyncLifetime
{
    public static readonly TimeSpan OperationDelay = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan PublicIpDelay = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    public const int PageSize = 2;

    // Starts at the real time: the endpoint rejects signatures too far from its clock, as AWS does.
    protected ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected LocalLightsailServer Server { get; private set; } = null!;

    protected LightsailClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await LocalLightsailServer.StartAsync(new LocalLightsailOptions
        {
            Port = 0,
            TimeProvider = Clock,
            OperationDelay = OperationDelay,
            PublicIpDelay = PublicIpDelay,
            PageSize = PageSize,
        });
        Client = NewClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>Another client of the same endpoint: another caller, as far as the service can tell.</summary>
    protected LightsailClient NewClient() => new(Credentials(), Config());

    protected BasicAWSCredentials Credentials() => new(Server.AccessKeyId, Server.SecretAccessKey);

    protected LightsailClientConfig Config() => new() { ServiceURL = Server.Endpoint.ToString(), AuthenticationRegion = Server.Region };

    /// <summary>Ready options whose every pause moves the endpoint's clock by the poll interval instead of sleeping.</summary>
    protected ReadyOptions AdvancingClock(IProgress<InstanceReadiness>? progress = null) => new()
    {
        PollInterval = PollInterval,
        Progress = progress,
        Delay = (delay, _) =>
        {
            Clock.Advance(delay);
            return Task.CompletedTask;
        },
    };

    /// <summary>Creates instances directly, as another tool would, and lets their creation finish.</summary>
    protected async Task CreateDirectlyAsync(CreateInstancesRequest request)
    {
        await Client.CreateInstancesAsync(request);
        Clock.Advance(OperationDelay + PublicIpDelay);
    }

    protected async Task<Instance> InstanceAsync(string name) =>
        (await Client.GetInstanceAsync(new GetInstanceRequest { InstanceName = name })).Instance!;

    /// <summary>How many CreateInstance operations the endpoint has for a name: 1 means created exactly once.</summary>
    protected async Task<int> CreateOperationCountAsync(string name) =>
        (await Client.GetOperationsForResourceAsync(new GetOperationsForResourceRequest { ResourceName = name })).Operations!
            .Count(operation => operation.OperationType == OperationType.CreateInstance);

    /// <summary>The desired fleet most tests use: what <c>FleetTemplate</c> asks for, plus one call-site tag.</summary>
    protected static CreateInstancesRequest Desired(params string[] names) =>
        Templates.FleetServer.Named(names).WithTag("owner", "platform").Build();
}
