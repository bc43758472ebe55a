using System.Text.Json;
using Fluent.Lightsail.Local.Tests.Infrastructure;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Local.Tests;

/// <summary>
/// TagResource, UntagResource, EnableAddOn, DisableAddOn and SetIpAddressType on the endpoint: each change answers
/// one operation of its own type, is visible in GetInstance, is listed by GetOperationsForResource, and bad input
/// gets the service's error.
/// </summary>
public sealed class ChangeOperationTests : LocalServerTest
{
    [Theory]
    [InlineData("TagResource", """{"resourceName":"web-1","tags":[{"key":"team","value":"a"}]}""")]
    [InlineData("UntagResource", """{"resourceName":"web-1","tagKeys":["role"]}""")]
    [InlineData("EnableAddOn", """{"resourceName":"web-1","addOnRequest":{"addOnType":"AutoSnapshot","autoSnapshotAddOnRequest":{"snapshotTimeOfDay":"03:00"}}}""")]
    [InlineData("DisableAddOn", """{"addOnType":"AutoSnapshot","resourceName":"web-1"}""")]
    [InlineData("SetIpAddressType", """{"resourceType":"Instance","resourceName":"web-1","ipAddressType":"ipv4"}""")]
    [InlineData("DeleteInstance", """{"instanceName":"web-1","forceDeleteAddOns":true}""")]
    public async Task Each_change_answers_one_operation_of_its_type_for_the_instance(string operation, string body)
    {
        await CreateWebAsync();

        var reply = await Http.SendAsync(operation, body);

        Assert.Equal(200, reply.Status);
        var started = Assert.Single(reply.Json.GetProperty("operations").EnumerateArray());
        Assert.Equal(operation, started.GetProperty("operationType").GetString());
        Assert.Equal("web-1", started.GetProperty("resourceName").GetString());
        Assert.Equal("Instance", started.GetProperty("resourceType").GetString());
        Assert.Equal("NotStarted", started.GetProperty("status").GetString());
        Assert.Equal("us-east-1a", started.GetProperty("location").GetProperty("availabilityZone").GetString());

        Clock.Advance(OperationDelay);
        var listed = (await Http.SendAsync("GetOperationsForResource", """{"resourceName":"web-1"}""")).Json.GetProperty("operations").EnumerateArray().ToList();
        Assert.Equal([operation, "CreateInstance"], listed.Select(o => o.GetProperty("operationType").GetString()));
        Assert.Equal(started.GetProperty("id").GetString(), listed[0].GetProperty("id").GetString());
        Assert.Equal("Succeeded", listed[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task TagResource_adds_keys_and_changes_values_in_place()
    {
        await CreateWebAsync();

        await Http.SendAsync("TagResource", """{"resourceName":"web-1","tags":[{"key":"role","value":"db"},{"key":"team","value":"a"},{"key":"solo"}]}""");

        Assert.Equal("""[{"key":"role","value":"db"},{"key":"env","value":"prod"},{"key":"team","value":"a"},{"key":"solo"}]""", (await InstanceAsync()).GetProperty("tags").GetRawText());
    }

    [Fact]
    public async Task UntagResource_removes_the_keys_and_ignores_keys_it_does_not_have()
    {
        await CreateWebAsync();

        var first = await Http.SendAsync("UntagResource", """{"resourceName":"web-1","tagKeys":["role","never-set"]}""");
        var again = await Http.SendAsync("UntagResource", """{"resourceName":"web-1","tagKeys":["role"]}""");

        Assert.Equal((200, 200), (first.Status, again.Status));
        Assert.Equal("""[{"key":"env","value":"prod"}]""", (await InstanceAsync()).GetProperty("tags").GetRawText());
    }

    [Fact]
    public async Task EnableAddOn_enables_then_changes_the_snapshot_time_and_DisableAddOn_removes_it()
    {
        await CreateWebAsync();

        await Http.SendAsync("EnableAddOn", """{"resourceName":"web-1","addOnRequest":{"addOnType":"AutoSnapshot","autoSnapshotAddOnRequest":{"snapshotTimeOfDay":"03:00"}}}""");
        var enabled = Assert.Single((await InstanceAsync()).GetProperty("addOns").EnumerateArray());
        await Http.SendAsync("EnableAddOn", """{"resourceName":"web-1","addOnRequest":{"addOnType":"AutoSnapshot","autoSnapshotAddOnRequest":{"snapshotTimeOfDay":"22:00"}}}""");
        var changed = Assert.Single((await InstanceAsync()).GetProperty("addOns").EnumerateArray());
        await Http.SendAsync("DisableAddOn", """{"addOnType":"AutoSnapshot","resourceName":"web-1"}""");

        Assert.Equal(("AutoSnapshot", "Enabled", "03:00"), (enabled.GetProperty("name").GetString(), enabled.GetProperty("status").GetString(), enabled.GetProperty("snapshotTimeOfDay").GetString()));
        Assert.Equal("22:00", changed.GetProperty("snapshotTimeOfDay").GetString());
        Assert.Equal(0, (await InstanceAsync()).GetProperty("addOns").GetArrayLength());
    }

    [Fact]
    public async Task SetIpAddressType_to_ipv6_needs_acceptBundleUpdate_and_then_moves_to_the_ipv6_bundle()
    {
        await CreateWebAsync();

        var refused = await Http.SendAsync("SetIpAddressType", """{"resourceType":"Instance","resourceName":"web-1","ipAddressType":"ipv6"}""");
        var accepted = await Http.SendAsync("SetIpAddressType", """{"resourceType":"Instance","resourceName":"web-1","ipAddressType":"ipv6","acceptBundleUpdate":true}""");

        Assert.Equal("InvalidInputException", refused.ErrorType);
        Assert.Contains("acceptBundleUpdate", refused.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(200, accepted.Status);
        var instance = await InstanceAsync();
        Assert.Equal("ipv6", instance.GetProperty("ipAddressType").GetString());
        Assert.Equal("small_ipv6_3_0", instance.GetProperty("bundleId").GetString());
    }

    [Fact]
    public async Task Dualstack_on_an_ipv6_only_instance_is_refused_without_acceptBundleUpdate()
    {
        await Http.SendAsync("CreateInstances", CreateBody(bundle: "nano_ipv6_3_0", extra: ""","ipAddressType":"ipv6" """));

        var refused = await Http.SendAsync("SetIpAddressType", """{"resourceType":"Instance","resourceName":"web-1","ipAddressType":"dualstack","acceptBundleUpdate":false}""");
        await Http.SendAsync("SetIpAddressType", """{"resourceType":"Instance","resourceName":"web-1","ipAddressType":"dualstack","acceptBundleUpdate":true}""");

        Assert.Equal("InvalidInputException", refused.ErrorType);
        Assert.Equal(("dualstack", "nano_3_0"), ((await InstanceAsync()).GetProperty("ipAddressType").GetString(), (await InstanceAsync()).GetProperty("bundleId").GetString()));
    }

    [Fact]
    public async Task Addresses_follow_the_ip_address_type()
    {
        await CreateWebAsync();
        Clock.Advance(OperationDelay + PublicIpDelay);
        var dualstack = await InstanceAsync();

        await Http.SendAsync("SetIpAddressType", """{"resourceType":"Instance","resourceName":"web-1","ipAddressType":"ipv4"}""");
        var ipv4 = await InstanceAsync();

        Assert.True(dualstack.TryGetProperty("publicIpAddress", out var address));
        Assert.Equal(1, dualstack.GetProperty("ipv6Addresses").GetArrayLength());
        Assert.Equal(address.GetString(), ipv4.GetProperty("publicIpAddress").GetString());
        Assert.Equal(0, ipv4.GetProperty("ipv6Addresses").GetArrayLength());
    }

    [Theory]
    [InlineData("TagResource", """{"resourceName":"ghost","tags":[{"key":"a"}]}""", "NotFoundException")]
    [InlineData("UntagResource", """{"resourceName":"ghost","tagKeys":["a"]}""", "NotFoundException")]
    [InlineData("EnableAddOn", """{"resourceName":"ghost","addOnRequest":{"addOnType":"AutoSnapshot"}}""", "NotFoundException")]
    [InlineData("DisableAddOn", """{"addOnType":"AutoSnapshot","resourceName":"ghost"}""", "NotFoundException")]
    [InlineData("SetIpAddressType", """{"resourceType":"Instance","resourceName":"ghost","ipAddressType":"ipv4"}""", "NotFoundException")]
    [InlineData("SetIpAddressType", """{"resourceType":"LoadBalancer","resourceName":"web-1","ipAddressType":"ipv4"}""", "NotFoundException")]
    [InlineData("SetIpAddressType", """{"resourceType":"Disk","resourceName":"web-1","ipAddressType":"ipv4"}""", "InvalidInputException")]
    [InlineData("SetIpAddressType", """{"resourceType":"Instance","resourceName":"web-1","ipAddressType":"IPv4"}""", "InvalidInputException")]
    [InlineData("SetIpAddressType", """{"resourceName":"web-1"}""", "InvalidInputException")]
    [InlineData("TagResource", """{"resourceName":"web-1","tags":[{"key":"aws:owner","value":"x"}]}""", "InvalidInputException")]
    [InlineData("TagResource", """{"resourceName":"web-1","tags":[{"key":"a#b"}]}""", "InvalidInputException")]
    [InlineData("TagResource", """{"resourceName":"web-1","tags":[{"key":""}]}""", "InvalidInputException")]
    [InlineData("TagResource", """{"resourceName":"web-1","tags":[{"key":"a"},{"key":"a"}]}""", "InvalidInputException")]
    [InlineData("TagResource", """{"resourceName":"web-1","tags":[]}""", "InvalidInputException")]
    [InlineData("TagResource", """{"resourceName":"web-1"}""", "InvalidInputException")]
    [InlineData("TagResource", """{"resourceName":"web-1","resourceArn":"arn:aws:lightsail:us-east-1:123456789012:Instance/other","tags":[{"key":"a"}]}""", "InvalidInputException")]
    [InlineData("TagResource", """{"resourceName":"web-1","tags":"role=web"}""", "SerializationException")]
    [InlineData("UntagResource", """{"resourceName":"web-1","tagKeys":[]}""", "InvalidInputException")]
    [InlineData("EnableAddOn", """{"resourceName":"web-1","addOnRequest":{"addOnType":"Backup"}}""", "InvalidInputException")]
    [InlineData("EnableAddOn", """{"resourceName":"web-1","addOnRequest":{"addOnType":"AutoSnapshot","autoSnapshotAddOnRequest":{"snapshotTimeOfDay":"06:30"}}}""", "InvalidInputException")]
    [InlineData("EnableAddOn", """{"resourceName":"web-1","addOnRequest":{"addOnType":"StopInstanceOnIdle","stopInstanceOnIdleRequest":{"threshold":"5","duration":"30"}}}""", "InvalidInputException")]
    [InlineData("EnableAddOn", """{"resourceName":"web-1"}""", "InvalidInputException")]
    [InlineData("DisableAddOn", """{"addOnType":"AutoSnapshot","resourceName":"web-1"}""", "InvalidInputException")]
    [InlineData("DisableAddOn", """{"addOnType":"Backup","resourceName":"web-1"}""", "InvalidInputException")]
    public async Task Bad_changes_get_the_service_error_and_change_nothing(string operation, string body, string errorType)
    {
        await Http.SendAsync("CreateInstances", CreateBody(extra: ""","tags":[{"key":"role","value":"web"}]"""));

        var reply = await Http.SendAsync(operation, body);

        Assert.Equal(errorType, reply.ErrorType);
        Assert.Equal(400, reply.Status);
        Assert.False(string.IsNullOrEmpty(reply.ErrorMessage));
        var instance = await InstanceAsync();
        Assert.Equal("""[{"key":"role","value":"web"}]""", instance.GetProperty("tags").GetRawText());
        Assert.Equal(0, instance.GetProperty("addOns").GetArrayLength());
        Assert.Equal("dualstack", instance.GetProperty("ipAddressType").GetString());
        Assert.Single((await Http.SendAsync("GetOperationsForResource", """{"resourceName":"web-1"}""")).Json.GetProperty("operations").EnumerateArray());
    }

    [Fact]
    public async Task A_resource_keeps_at_most_50_tags()
    {
        await CreateWebAsync();
        var tags = string.Join(",", Enumerable.Range(0, 49).Select(i => $$"""{"key":"k{{i}}"}"""));

        var reply = await Http.SendAsync("TagResource", $$"""{"resourceName":"web-1","tags":[{{tags}}]}""");

        // web-1 has two tags already: 2 + 49 = 51.
        Assert.Equal("InvalidInputException", reply.ErrorType);
        Assert.Contains("at most 50", reply.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(2, (await InstanceAsync()).GetProperty("tags").GetArrayLength());
    }

    [Fact]
    public async Task AutoSnapshot_cannot_be_enabled_on_windows()
    {
        await Http.SendAsync("CreateInstances", CreateBody(blueprint: "windows_server_2022", bundle: "medium_win_3_0"));

        var reply = await Http.SendAsync("EnableAddOn", """{"resourceName":"web-1","addOnRequest":{"addOnType":"AutoSnapshot"}}""");

        Assert.Equal("InvalidInputException", reply.ErrorType);
        Assert.Contains("Windows", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_instance_being_deleted_cannot_be_changed()
    {
        await CreateWebAsync();
        await Http.SendAsync("DeleteInstance", """{"instanceName":"web-1"}""");

        var reply = await Http.SendAsync("TagResource", """{"resourceName":"web-1","tags":[{"key":"a"}]}""");

        Assert.Equal("InvalidInputException", reply.ErrorType);
        Assert.Contains("being deleted", reply.ErrorMessage, StringComparison.Ordinal);
    }

    private Task CreateWebAsync() =>
        Http.SendAsync("CreateInstances", CreateBody(extra: ""","tags":[{"key":"role","value":"web"},{"key":"env","value":"prod"}],"addOns":[{"addOnType":"AutoSnapshot"}]"""));

    private async Task<JsonElement> InstanceAsync() =>
        (await Http.SendAsync("GetInstance", """{"instanceName":"web-1"}""")).Json.GetProperty("instance");
}
