using System.Text.Json;
using Fluent.Lightsail.Local.Tests.Infrastructure;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Local.Tests;

/// <summary>
/// Lightsail for Research: its images and plans are listed only with <c>appCategory=LfR</c>, as the service lists
/// them; their IDs are ones the rules treat as research; StopInstanceOnIdle is accepted for them and only for them.
/// And Lightsail's own errors carry code, docs, message and tip.
/// </summary>
public sealed class ResearchCatalogTests : LocalServerTest
{
    [Fact]
    public async Task Research_blueprints_are_listed_with_appCategory_LfR_only()
    {
        var research = Ids(await Http.SendAsync("GetBlueprints", """{"appCategory":"LfR"}"""), "blueprints", "blueprintId");
        var regular = Ids(await Http.SendAsync("GetBlueprints"), "blueprints", "blueprintId");

        Assert.Contains("lfr_jupyterlab_1_0", research.Keys);
        Assert.All(research, pair => Assert.Equal("LfR", pair.Value.GetProperty("appCategory").GetString()));
        Assert.All(research.Keys, id => Assert.True(CatalogIds.LooksLikeResearch(id), id));
        Assert.Empty(research.Keys.Intersect(regular.Keys));
        Assert.All(regular.Values, blueprint => Assert.False(blueprint.TryGetProperty("appCategory", out _)));
    }

    [Fact]
    public async Task Research_bundles_are_listed_with_appCategory_LfR_only()
    {
        var research = Ids(await Http.SendAsync("GetBundles", """{"appCategory":"LfR"}"""), "bundles", "bundleId");
        var regular = Ids(await Http.SendAsync("GetBundles"), "bundles", "bundleId");

        Assert.Contains("app_standard_xl_1_0", research.Keys);
        Assert.Contains("gpu_nvidia_xl_1_0", research.Keys);
        Assert.All(research, pair => Assert.Equal("""["LfR"]""", pair.Value.GetProperty("supportedAppCategories").GetRawText()));
        Assert.All(research.Keys, id => Assert.True(CatalogIds.LooksLikeResearch(id), id));
        Assert.Empty(research.Keys.Intersect(regular.Keys));
        Assert.All(regular.Values, bundle => Assert.Equal("[]", bundle.GetProperty("supportedAppCategories").GetRawText()));
    }

    [Fact]
    public async Task An_unknown_appCategory_breaks_the_enum()
    {
        var reply = await Http.SendAsync("GetBundles", """{"appCategory":"Research"}""");

        Assert.Equal("InvalidInputException", reply.ErrorType);
        Assert.Contains("enum value set: [LfR]", reply.ErrorMessage);
    }

    [Theory]
    [InlineData("lfr_jupyterlab_1_0", "app_standard_xl_1_0")]
    [InlineData("lfr_rstudio_1_0", "gpu_nvidia_xl_1_0")]
    public async Task StopInstanceOnIdle_is_accepted_for_a_research_computer(string blueprint, string bundle)
    {
        var created = await Http.SendAsync("CreateInstances", CreateBody(blueprint: blueprint, bundle: bundle,
            extra: ""","addOns":[{"addOnType":"StopInstanceOnIdle","stopInstanceOnIdleRequest":{"threshold":"5","duration":"30"}}]"""));
        Assert.Equal(200, created.Status);

        Clock.Advance(OperationDelay);
        var instance = (await Http.SendAsync("GetInstance", """{"instanceName":"web-1"}""")).Json.GetProperty("instance");
        var addOn = Assert.Single(instance.GetProperty("addOns").EnumerateArray().ToList());
        Assert.Equal("StopInstanceOnIdle", addOn.GetProperty("name").GetString());
        Assert.Equal("5", addOn.GetProperty("threshold").GetString());
        Assert.Equal("30", addOn.GetProperty("duration").GetString());
    }

    [Fact]
    public async Task StopInstanceOnIdle_is_refused_for_a_regular_instance()
    {
        var reply = await Http.SendAsync("CreateInstances", CreateBody(
            extra: ""","addOns":[{"addOnType":"StopInstanceOnIdle","stopInstanceOnIdleRequest":{"threshold":"5","duration":"30"}}]"""));

        Assert.Equal("InvalidInputException", reply.ErrorType);
        Assert.Contains("Lightsail for Research", reply.ErrorMessage);
    }

    [Fact]
    public async Task Lightsail_errors_carry_code_docs_message_and_tip_in_the_services_order()
    {
        var reply = await Http.SendAsync("GetInstance", """{"instanceName":"missing"}""");

        Assert.Equal(400, reply.Status);
        var members = reply.Json.EnumerateObject().Select(member => member.Name).ToList();
        Assert.Equal(["__type", "code", "docs", "message", "tip"], members);
        Assert.Equal("NotFoundException", reply.ErrorType);
        Assert.Equal("NotFound", reply.Json.GetProperty("code").GetString());
        Assert.StartsWith("https://", reply.Json.GetProperty("docs").GetString());
        Assert.False(string.IsNullOrWhiteSpace(reply.Json.GetProperty("tip").GetString()));
    }

    [Fact]
    public async Task Front_door_errors_carry_a_message_only()
    {
        Http.SecretAccessKey = "not-the-secret";

        var reply = await Http.SendAsync("GetInstances");

        Assert.Equal("InvalidSignatureException", reply.ErrorType);
        Assert.Equal(["__type", "message"], reply.Json.EnumerateObject().Select(member => member.Name));
    }

    private static Dictionary<string, JsonElement> Ids(LightsailReply reply, string list, string id)
        => reply.Json.GetProperty(list).EnumerateArray().ToDictionary(entry => entry.GetProperty(id).GetString()!, entry => entry.Clone());
}
