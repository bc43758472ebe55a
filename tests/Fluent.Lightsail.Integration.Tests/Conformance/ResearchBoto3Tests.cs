using System.Text.Json.Nodes;
using Fluent.Lightsail.Integration.Tests.Conformance.Support;

namespace Fluent.Lightsail.Integration.Tests.Conformance;

/// <summary>
/// boto3 (a client nobody here wrote) and Lightsail for Research on the local endpoint: it finds the research images
/// and plans the way the service offers them, and creates a computer with the StopInstanceOnIdle add-on.
/// </summary>
public sealed class ResearchBoto3Tests : ConformanceTest
{
    [Fact]
    public async Task Boto3_lists_research_blueprints_and_bundles_with_appCategory_LfR()
    {
        var blueprints = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "call",
            ["operation"] = "get_blueprints",
            ["params"] = new JsonObject { ["appCategory"] = "LfR" },
        });
        var bundles = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "call",
            ["operation"] = "get_bundles",
            ["params"] = new JsonObject { ["appCategory"] = "LfR" },
        });

        Assert.True(blueprints.GetProperty("ok").GetBoolean(), blueprints.ToString());
        var blueprintList = blueprints.GetProperty("result").GetProperty("blueprints").EnumerateArray().ToList();
        Assert.Contains(blueprintList, b => b.GetProperty("blueprintId").GetString() == "lfr_jupyterlab_1_0");
        Assert.All(blueprintList, b => Assert.Equal("LfR", b.GetProperty("appCategory").GetString()));
        var bundleList = bundles.GetProperty("result").GetProperty("bundles").EnumerateArray().ToList();
        Assert.Contains(bundleList, b => b.GetProperty("bundleId").GetString() == "app_standard_xl_1_0");
        Assert.All(bundleList, b => Assert.Equal("LfR", b.GetProperty("supportedAppCategories")[0].GetString()));
    }

    [Fact]
    public async Task Boto3_creates_a_research_computer_with_StopInstanceOnIdle()
    {
        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "create_and_read",
            ["request"] = JsonNode.Parse("""
                {"instanceNames":["lab-1"],"availabilityZone":"us-east-1a","blueprintId":"lfr_jupyterlab_1_0",
                 "bundleId":"app_standard_xl_1_0",
                 "addOns":[{"addOnType":"StopInstanceOnIdle","stopInstanceOnIdleRequest":{"threshold":"5","duration":"30"}}]}
                """),
        });

        Assert.True(output.GetProperty("created").GetProperty("ok").GetBoolean(), output.ToString());
        Assert.Equal("Succeeded", output.GetProperty("final")[0].GetProperty("status").GetString());
        var addOn = output.GetProperty("instances")[0].GetProperty("addOns")[0];
        Assert.Equal("StopInstanceOnIdle", addOn.GetProperty("name").GetString());
        Assert.Equal("5", addOn.GetProperty("threshold").GetString());
        Assert.Equal("30", addOn.GetProperty("duration").GetString());
    }

    [Fact]
    public async Task Boto3_is_refused_StopInstanceOnIdle_on_a_regular_instance()
    {
        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "call",
            ["operation"] = "create_instances",
            ["params"] = JsonNode.Parse("""
                {"instanceNames":["web-1"],"availabilityZone":"us-east-1a","blueprintId":"ubuntu_24_04","bundleId":"small_3_0",
                 "addOns":[{"addOnType":"StopInstanceOnIdle","stopInstanceOnIdleRequest":{"threshold":"5","duration":"30"}}]}
                """),
        });

        Assert.False(output.GetProperty("ok").GetBoolean());
        Assert.Equal("InvalidInputException", output.GetProperty("code").GetString());
        Assert.True(output.GetProperty("modeled").GetBoolean(), output.ToString());
    }
}
