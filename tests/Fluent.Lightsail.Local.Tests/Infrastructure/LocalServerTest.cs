using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Local.Tests.Infrastructure;

/// <summary>
/// Base of endpoint tests: a fresh server on a free loopback port per test (xunit makes one class instance per
/// test), a manual clock, and a signed HTTP client. Starting Kestrel takes milliseconds; isolation is worth it.
/// </summary>
public abstract class LocalServerTest : IAsyncLifetime
{
    protected ManualClock Clock { get; } = new();

    protected LocalLightsailServer Server { get; private set; } = null!;

    protected LightsailHttp Http { get; private set; } = null!;

    protected TimeSpan OperationDelay { get; } = TimeSpan.FromSeconds(10);

    protected TimeSpan PublicIpDelay { get; } = TimeSpan.FromSeconds(3);

    public virtual async Task InitializeAsync()
    {
        var options = new LocalLightsailOptions { Port = 0, TimeProvider = Clock, OperationDelay = OperationDelay, PublicIpDelay = PublicIpDelay };
        Configure(options);
        Server = await LocalLightsailServer.StartAsync(options);
        Http = new LightsailHttp(Server, Clock);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    protected virtual void Configure(LocalLightsailOptions options)
    {
    }

    protected static string CreateBody(
        string names = "\"web-1\"",
        string zone = "us-east-1a",
        string blueprint = "ubuntu_24_04",
        string bundle = "small_3_0",
        string extra = "") =>
        $$"""{"instanceNames":[{{names}}],"availabilityZone":"{{zone}}","blueprintId":"{{blueprint}}","bundleId":"{{bundle}}"{{extra}}}""";
}
