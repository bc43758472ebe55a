using Fluent.Lightsail.Integration.Tests.Conformance.Support;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Integration.Tests.Conformance;

/// <summary>
/// Base of real-client tests: a server on a free loopback port with the system clock and short operations, so
/// clients written by others can poll to completion quickly.
/// </summary>
public abstract class ConformanceTest : IAsyncLifetime
{
    protected LocalLightsailServer Server { get; private set; } = null!;

    protected ClientCredentials Credentials => ClientCredentials.For(Server);

    public async Task InitializeAsync()
    {
        var options = new LocalLightsailOptions { Port = 0, OperationDelay = TimeSpan.FromMilliseconds(300) };
        Configure(options);
        Server = await LocalLightsailServer.StartAsync(options);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    protected virtual void Configure(LocalLightsailOptions options)
    {
    }
}
