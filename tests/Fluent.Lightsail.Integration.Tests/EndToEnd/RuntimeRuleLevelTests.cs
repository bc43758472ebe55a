using Amazon.Runtime;
using Fluent.Lightsail.Integration.Tests.EndToEnd.Templates;
using Fluent.Lightsail.Local;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Integration.Tests.EndToEnd;

/// <summary>
/// The run-time escape hatch end to end: with a rule at its own level a generated builder's CreateAsync throws before
/// anything is sent; with the rule off it sends, and Lightsail (here the local endpoint) has the last word; with a rule
/// down to a warning the created result carries it.
/// </summary>
[Collection(RuntimeRuleLevelCollection.Name)]
public sealed class RuntimeRuleLevelTests : IAsyncLifetime
{
    private readonly ValidationOptions _before = ValidationOptions.Default;
    private LocalLightsailServer _server = null!;
    private LightsailClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalLightsailServer.StartAsync(new LocalLightsailOptions { Port = 0 });
        _client = new LightsailClient(
            new BasicAWSCredentials(_server.AccessKeyId, _server.SecretAccessKey),
            new LightsailClientConfig { ServiceURL = _server.Endpoint.ToString(), AuthenticationRegion = _server.Region });
    }

    public async Task DisposeAsync()
    {
        ValidationOptions.Default = _before;
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task With_the_rule_on_create_throws_before_sending()
    {
        var exception = await Assert.ThrowsAsync<LightsailValidationException>(
            () => WebServer.Named("web-1").WithTag("owner", Owner()).CreateAsync(_client));

        Assert.Contains(exception.Errors, violation => violation.RuleId == RuleIds.TagCharacters);
        Assert.Equal(0, _server.Stats.Count("CreateInstances"));
    }

    [Fact]
    public async Task With_the_rule_off_create_sends_and_the_service_decides()
    {
        ValidationOptions.Default = ValidationOptions.Default.WithRuleLevel(RuleIds.TagCharacters, RuleLevel.None);

        // The local endpoint models the service, which refuses '#' in a tag today: its answer, not the library's.
        var refused = await Assert.ThrowsAsync<InvalidInputException>(
            () => WebServer.Named("web-1").WithTag("owner", Owner()).CreateAsync(_client));

        Assert.Contains("ann#1", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.Stats.Count("CreateInstances"));
    }

    [Fact]
    public async Task The_warnings_of_a_sent_request_are_on_the_result()
    {
        // The template's "#!/bin/sh" launch script on a Windows image: a warning (FLS4003), so the request goes out.
        var created = await WebServer.Named("win-1")
            .WithBlueprint(Blueprints.WindowsServer2022).WithBundle(Bundles.LargeWin3_0).WithoutAutoSnapshot()
            .CreateAsync(_client);

        Assert.Equal(["win-1"], _server.InstanceNames);
        Assert.Contains(created.Warnings, violation => violation.RuleId == RuleIds.ShebangOnWindows && violation.Severity == RuleSeverity.Warning);
        Assert.DoesNotContain(created.Warnings, violation => violation.Severity == RuleSeverity.Error);
    }

    [Fact]
    public async Task A_warning_raised_to_an_error_is_not_sent()
    {
        ValidationOptions.Default = ValidationOptions.Default.WithRuleLevel(RuleIds.ShebangOnWindows, RuleLevel.Error);

        var exception = await Assert.ThrowsAsync<LightsailValidationException>(() => WebServer.Named("win-1")
            .WithBlueprint(Blueprints.WindowsServer2022).WithBundle(Bundles.LargeWin3_0).WithoutAutoSnapshot()
            .CreateAsync(_client));

        Assert.Equal([RuleIds.ShebangOnWindows], exception.Errors.Select(violation => violation.RuleId));
        Assert.Equal(0, _server.Stats.Count("CreateInstances"));
    }

    // Not a constant: a run-time value, as the analyzers would flag a constant one at compile time.
    private static string Owner() => string.Concat("ann", "#", "1");
}

/// <summary>Tests that replace <see cref="ValidationOptions.Default"/> run alone, after the parallel tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RuntimeRuleLevelCollection
{
    public const string Name = "runtime rule levels";
}
