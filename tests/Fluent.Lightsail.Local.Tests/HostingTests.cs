using System.Net.Sockets;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Local.Tests;

/// <summary>Starting and stopping the host: loopback only, clear failures for bad options, ports released.</summary>
public sealed class HostingTests
{
    [Fact]
    public async Task Busy_port_fails_to_start_and_the_port_stays_with_its_owner()
    {
        await using var first = await LocalLightsailServer.StartAsync(new LocalLightsailOptions());

        await Assert.ThrowsAnyAsync<IOException>(() => LocalLightsailServer.StartAsync(new LocalLightsailOptions { Port = first.Endpoint.Port }));

        using var client = new HttpClient();
        var answer = await client.PostAsync(first.Endpoint, new StringContent("{}"));
        Assert.Equal(403, (int)answer.StatusCode);
    }

    [Fact]
    public async Task Port_is_released_on_dispose()
    {
        var server = await LocalLightsailServer.StartAsync(new LocalLightsailOptions());
        var port = server.Endpoint.Port;

        await server.DisposeAsync();

        await using var again = await LocalLightsailServer.StartAsync(new LocalLightsailOptions { Port = port });
        Assert.Equal(port, again.Endpoint.Port);
    }

    [Fact]
    public async Task Listens_on_loopback_only()
    {
        await using var server = await LocalLightsailServer.StartAsync(new LocalLightsailOptions());

        using var loopback = new TcpClient();
        await loopback.ConnectAsync(System.Net.IPAddress.Loopback, server.Endpoint.Port);
        Assert.True(loopback.Connected);
        Assert.Equal("127.0.0.1", server.Endpoint.Host);
    }

    [Theory]
    [InlineData("", "secret")]
    [InlineData("AKID", "")]
    public async Task Credentials_are_required(string accessKeyId, string secret)
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            LocalLightsailServer.StartAsync(new LocalLightsailOptions { AccessKeyId = accessKeyId, SecretAccessKey = secret }));
    }

    [Fact]
    public async Task Negative_operation_delay_and_bad_port_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            LocalLightsailServer.StartAsync(new LocalLightsailOptions { OperationDelay = TimeSpan.FromSeconds(-1) }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            LocalLightsailServer.StartAsync(new LocalLightsailOptions { Port = 70000 }));
    }

    [Theory]
    [InlineData("250ms", 250)]
    [InlineData("2s", 2000)]
    [InlineData("1.5s", 1500)]
    [InlineData("1m", 60000)]
    [InlineData("00:00:03", 3000)]
    public void Durations_read_as_typed(string text, int milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), Durations.Parse(text));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-2s")]
    [InlineData("")]
    public void Bad_durations_are_refused(string text)
    {
        Assert.False(Durations.TryParse(text, out _));
    }
}
