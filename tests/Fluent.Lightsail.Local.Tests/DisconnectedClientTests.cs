using Fluent.Lightsail.Local.Tests.Infrastructure;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Local.Tests;

/// <summary>
/// Like the service, the endpoint finishes a request it has read even when its client has gone (a client timeout
/// during an injected latency); <see cref="LocalLightsailOptions.AbortWorkWhenClientDisconnects"/> drops it
/// instead. The client disconnects only once the endpoint has taken the request's fault, so nothing depends on timing.
/// </summary>
public sealed class DisconnectedClientTests
{
    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task A_create_whose_client_disconnects_during_latency_is_finished_unless_asked_otherwise(bool abortWork, bool created)
    {
        await using var server = await LocalLightsailServer.StartAsync(new LocalLightsailOptions { Port = 0, AbortWorkWhenClientDisconnects = abortWork });
        using var http = new LightsailHttp(server);
        server.Faults.Enqueue(Fault.Latency(TimeSpan.FromSeconds(1)).For("CreateInstances"));
        using var disconnect = new CancellationTokenSource();

        var sending = http.SendAsync("CreateInstances", """{"instanceNames":["held-1"],"availabilityZone":"us-east-1a","blueprintId":"ubuntu_24_04","bundleId":"small_3_0"}""", extraHeaders: null, tamper: null, disconnect.Token);
        await Until(() => server.Faults.Pending == 0);   // read, verified, and now held
        disconnect.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await Until(() => server.Stats.Count("CreateInstances") == 1);   // the endpoint is done with it

        Assert.Equal(created, server.InstanceNames.Contains("held-1"));
        Assert.Equal(0, server.Stats.Requests.Single().StatusCode);
    }

    /// <summary>Waits for a state the test drives towards; the bound only keeps a broken endpoint from hanging the run.</summary>
    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 6000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
