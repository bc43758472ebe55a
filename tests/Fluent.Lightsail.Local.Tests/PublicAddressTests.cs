using System.Text.Json;
using Fluent.Lightsail.Local.Tests.Infrastructure;

namespace Fluent.Lightsail.Local.Tests;

/// <summary>
/// Public addresses arrive <c>PublicIpDelay</c> after <c>running</c>, not with it: the gap a wait for a reachable
/// instance has to cover.
/// </summary>
public sealed class PublicAddressTests : LocalServerTest
{
    [Fact]
    public async Task A_running_instance_has_no_public_address_until_PublicIpDelay_has_passed()
    {
        await Http.SendAsync("CreateInstances", CreateBody());

        var pending = await InstanceAsync();
        Clock.Advance(OperationDelay);
        var running = await InstanceAsync();
        Clock.Advance(PublicIpDelay - TimeSpan.FromMilliseconds(1));
        var almost = await InstanceAsync();
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        var reachable = await InstanceAsync();

        Assert.Equal(("pending", false, 0), Describe(pending));
        Assert.Equal(("running", false, 0), Describe(running));
        Assert.Equal(("running", false, 0), Describe(almost));
        Assert.Equal(("running", true, 1), Describe(reachable));
        Assert.StartsWith("203.0.113.", reachable.GetProperty("publicIpAddress").GetString());
        Assert.StartsWith("2001:db8:", reachable.GetProperty("ipv6Addresses")[0].GetString());
    }

    [Fact]
    public async Task GetInstances_reports_the_same_addresses_as_GetInstance()
    {
        await Http.SendAsync("CreateInstances", CreateBody(names: "\"web-1\",\"web-2\""));
        Clock.Advance(OperationDelay + PublicIpDelay);

        var listed = (await Http.SendAsync("GetInstances")).Json.GetProperty("instances").EnumerateArray().ToList();

        Assert.Equal(2, listed.Select(i => i.GetProperty("publicIpAddress").GetString()).Distinct().Count());
        Assert.Equal((await InstanceAsync()).GetProperty("publicIpAddress").GetString(), listed[0].GetProperty("publicIpAddress").GetString());
    }

    [Fact]
    public async Task An_instance_whose_create_fails_never_gets_an_address()
    {
        await Http.SendAsync("CreateInstances", CreateBody(), new Dictionary<string, string> { ["x-fluent-fault"] = "operation-failure" });

        Clock.Advance(OperationDelay - TimeSpan.FromMilliseconds(1));
        var beforeTheEnd = await InstanceAsync();
        Clock.Advance(TimeSpan.FromMilliseconds(1) + PublicIpDelay);

        Assert.Equal(("pending", false, 0), Describe(beforeTheEnd));
        Assert.Equal("NotFoundException", (await Http.SendAsync("GetInstance", """{"instanceName":"web-1"}""")).ErrorType);
    }

    private async Task<JsonElement> InstanceAsync() =>
        (await Http.SendAsync("GetInstance", """{"instanceName":"web-1"}""")).Json.GetProperty("instance");

    private static (string?, bool, int) Describe(JsonElement instance) =>
        (instance.GetProperty("state").GetProperty("name").GetString(), instance.TryGetProperty("publicIpAddress", out _), instance.GetProperty("ipv6Addresses").GetArrayLength());
}
