using System.Text.Json;
using System.Text.Json.Nodes;
using Fluent.Lightsail.Integration.Tests.Conformance.Support;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Integration.Tests.Conformance;

/// <summary>
/// boto3/botocore's tag_resource, untag_resource, enable_add_on, disable_add_on, set_ip_address_type and its
/// GetInstances paginator against the local endpoint: botocore accepts what the endpoint answers, and reads back the
/// state the changes left.
/// </summary>
public sealed class Boto3ProvisioningConformanceTests : ConformanceTest
{
    protected override void Configure(LocalLightsailOptions options) => options.PageSize = 2;

    [Fact]
    public async Task Tags_and_the_AutoSnapshot_add_on_change_and_read_back_through_botocore()
    {
        var output = await StepsAsync(
            Call("create_instances", """{"instanceNames":["web-1"],"availabilityZone":"us-east-1a","blueprintId":"ubuntu_24_04","bundleId":"nano_3_0","tags":[{"key":"role","value":"web"},{"key":"env","value":"dev"}]}"""),
            Call("tag_resource", """{"resourceName":"web-1","tags":[{"key":"env","value":"prod"},{"key":"team","value":"core"}]}"""),
            Call("untag_resource", """{"resourceName":"web-1","tagKeys":["role"]}"""),
            Call("enable_add_on", """{"resourceName":"web-1","addOnRequest":{"addOnType":"AutoSnapshot","autoSnapshotAddOnRequest":{"snapshotTimeOfDay":"05:00"}}}"""),
            Call("set_ip_address_type", """{"resourceType":"Instance","resourceName":"web-1","ipAddressType":"ipv4"}"""),
            Call("get_instance", """{"instanceName":"web-1"}"""),
            Call("disable_add_on", """{"addOnType":"AutoSnapshot","resourceName":"web-1"}"""),
            Call("get_instance", """{"instanceName":"web-1"}"""),
            Call("get_operations_for_resource", """{"resourceName":"web-1"}"""));

        Assert.All(output, step => Assert.True(step.GetProperty("ok").GetBoolean(), step.ToString()));
        Assert.Equal(
            ["TagResource", "UntagResource", "EnableAddOn", "SetIpAddressType"],
            output.Skip(1).Take(4).Select(step => Assert.Single(step.GetProperty("result").GetProperty("operations").EnumerateArray()).GetProperty("operationType").GetString()));
        var changed = output[5].GetProperty("result").GetProperty("instance");
        Assert.Equal("""[{"key": "env", "value": "prod"}, {"key": "team", "value": "core"}]""", changed.GetProperty("tags").GetRawText());
        var addOn = Assert.Single(changed.GetProperty("addOns").EnumerateArray());
        Assert.Equal(("AutoSnapshot", "Enabled", "05:00"), (addOn.GetProperty("name").GetString(), addOn.GetProperty("status").GetString(), addOn.GetProperty("snapshotTimeOfDay").GetString()));
        Assert.Equal("ipv4", changed.GetProperty("ipAddressType").GetString());
        Assert.Equal(0, output[7].GetProperty("result").GetProperty("instance").GetProperty("addOns").GetArrayLength());
        Assert.Equal(
            ["DisableAddOn", "SetIpAddressType", "EnableAddOn", "UntagResource", "TagResource", "CreateInstance"],
            output[8].GetProperty("result").GetProperty("operations").EnumerateArray().Select(o => o.GetProperty("operationType").GetString()));
    }

    [Fact]
    public async Task The_botocore_GetInstances_paginator_reads_every_instance_over_pages()
    {
        var output = await StepsAsync(
            Call("create_instances", """{"instanceNames":["p-1","p-2","p-3","p-4","p-5"],"availabilityZone":"us-east-1a","blueprintId":"debian_12","bundleId":"nano_3_0"}"""),
            Paginate("get_instances", "{}"));

        var pages = output[1].GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(3, pages.Count);
        Assert.Equal([true, true, false], pages.Select(p => p.TryGetProperty("nextPageToken", out _)));
        Assert.Equal(
            ["p-1", "p-2", "p-3", "p-4", "p-5"],
            pages.SelectMany(p => p.GetProperty("instances").EnumerateArray()).Select(i => i.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(3, Server.Stats.Count("GetInstances"));
    }

    [Fact]
    public async Task Bad_changes_raise_botocore_modeled_exceptions()
    {
        var output = await StepsAsync(
            Call("create_instances", """{"instanceNames":["web-1"],"availabilityZone":"us-east-1a","blueprintId":"ubuntu_24_04","bundleId":"nano_3_0"}"""),
            Call("tag_resource", """{"resourceName":"ghost","tags":[{"key":"a"}]}"""),
            Call("tag_resource", """{"resourceName":"web-1","tags":[{"key":"aws:reserved"}]}"""),
            Call("enable_add_on", """{"resourceName":"web-1","addOnRequest":{"addOnType":"AutoSnapshot","autoSnapshotAddOnRequest":{"snapshotTimeOfDay":"06:30"}}}"""),
            Call("set_ip_address_type", """{"resourceType":"Instance","resourceName":"web-1","ipAddressType":"ipv6"}"""));

        Assert.Equal(
            [("NotFoundException", "NotFoundException"), ("InvalidInputException", "InvalidInputException"), ("InvalidInputException", "InvalidInputException"), ("InvalidInputException", "InvalidInputException")],
            output.Skip(1).Select(step => (step.GetProperty("code").GetString(), step.GetProperty("exception").GetString())));
    }

    [Fact]
    public async Task Botocore_retries_throttling_and_5xx_on_a_change()
    {
        Server.Faults.Enqueue(Fault.Throttle().For("TagResource"), Fault.InternalError.For("TagResource"));

        var output = await StepsAsync(
            Call("create_instances", """{"instanceNames":["web-1"],"availabilityZone":"us-east-1a","blueprintId":"ubuntu_24_04","bundleId":"nano_3_0"}"""),
            Call("tag_resource", """{"resourceName":"web-1","tags":[{"key":"a","value":"b"}]}"""));

        Assert.True(output[1].GetProperty("ok").GetBoolean(), output[1].ToString());
        Assert.Equal(2, output[1].GetProperty("retries").GetInt32());
        Assert.Equal(3, Server.Stats.Count("TagResource"));
    }

    private async Task<List<JsonElement>> StepsAsync(params JsonObject[] steps)
    {
        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "steps",
            ["steps"] = new JsonArray(steps.Select(step => (JsonNode)step).ToArray()),
        });
        return output.EnumerateArray().ToList();
    }

    private static JsonObject Call(string operation, string parameters) =>
        new() { ["operation"] = operation, ["params"] = JsonNode.Parse(parameters) };

    private static JsonObject Paginate(string operation, string parameters) =>
        new() { ["operation"] = operation, ["params"] = JsonNode.Parse(parameters), ["paginate"] = true };
}
