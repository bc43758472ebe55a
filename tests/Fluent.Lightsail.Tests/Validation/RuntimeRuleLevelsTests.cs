using Fluent.Lightsail.Building;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Rules;
using Microsoft.Extensions.Logging;

namespace Fluent.Lightsail.Tests.Validation;

/// <summary>
/// The run-time escape hatch: <see cref="ValidationOptions.Default"/> turns a rule off or down (or up) for Build() and the
/// validator, and its logger receives the warnings Build() finds. Each test restores the options it replaced.
/// </summary>
[Collection(RuntimeRuleLevelsCollection.Name)]
public sealed class RuntimeRuleLevelsTests : IDisposable
{
    private static readonly InstanceTemplateValues Web = new(
        "WebServer",
        availabilityZone: "us-east-1a",
        blueprintId: Blueprints.Ubuntu24_04,
        bundleId: Bundles.Small3_0,
        tags: [new("role", "web")]);

    // A Windows template with AutoSnapshot: valid, with one warning (FLS7003).
    private static readonly InstanceTemplateValues WindowsWithSnapshots = new(
        "BuildAgent",
        availabilityZone: "us-east-1a",
        blueprintId: Blueprints.WindowsServer2022,
        bundleId: Bundles.LargeWin3_0,
        autoSnapshot: new AutoSnapshotAddOn("06:00"));

    private readonly ValidationOptions _before = ValidationOptions.Default;

    public void Dispose() => ValidationOptions.Default = _before;

    [Fact]
    public void With_the_rule_at_its_own_level_a_bad_tag_throws_it()
    {
        var exception = Assert.Throws<LightsailValidationException>(() => InstanceBuilderState.Start(Web, "web-1").WithTag("owner", "ann#1").Build());

        Assert.Equal([RuleIds.TagCharacters], exception.Errors.Select(violation => violation.RuleId));
    }

    [Fact]
    public void A_rule_turned_off_no_longer_blocks_the_request_and_is_not_reported()
    {
        ValidationOptions.Default = new ValidationOptions().WithRuleLevel(RuleIds.TagCharacters, RuleLevel.None);

        var request = InstanceBuilderState.Start(Web, "web-1").WithTag("owner", "ann#1").Build();

        Assert.Equal("ann#1", request.Tags!.Single(tag => tag.Key == "owner").Value);
        Assert.Empty(CreateInstancesRequestValidator.Validate(request));
    }

    [Fact]
    public void A_rule_turned_down_to_a_warning_lets_the_request_through_and_logs_it()
    {
        var logger = new RecordingLogger();
        ValidationOptions.Default = new ValidationOptions().WithRuleLevel(RuleIds.TagCharacters, RuleLevel.Warning).WithLogger(logger);

        var request = InstanceBuilderState.Start(Web, "web-1").WithTag("owner", "ann#1").Build();

        var violation = Assert.Single(CreateInstancesRequestValidator.Validate(request));
        Assert.Equal((RuleIds.TagCharacters, RuleSeverity.Warning), (violation.RuleId, violation.Severity));
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal("LightsailRuleWarning", entry.Event.Name);
        Assert.Contains("WebServer", entry.Message, StringComparison.Ordinal);
        Assert.Contains("FLS6003 at tags[1].value", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_rules_keep_their_level_when_one_is_turned_off()
    {
        ValidationOptions.Default = new ValidationOptions().WithRuleLevel(RuleIds.TagCharacters, RuleLevel.None);

        var exception = Assert.Throws<LightsailValidationException>(
            () => InstanceBuilderState.Start(Web, "web-1").WithTag("owner", "ann#1").WithAutoSnapshot("6:30").Build());

        Assert.Equal([RuleIds.SnapshotTimeFormat], exception.Violations.Select(violation => violation.RuleId));
    }

    [Fact]
    public void A_warning_raised_to_an_error_blocks_the_request()
    {
        var stage = InstanceBuilderState.Start(WindowsWithSnapshots, "agent-1");
        stage.Build();

        ValidationOptions.Default = new ValidationOptions().WithRuleLevel(RuleIds.AutoSnapshotOnWindows, RuleLevel.Error);

        var exception = Assert.Throws<LightsailValidationException>(() => stage.Build());
        Assert.Equal([RuleIds.AutoSnapshotOnWindows], exception.Errors.Select(violation => violation.RuleId));
        Assert.Throws<LightsailValidationException>(() => CreateInstancesRequestValidator.ThrowIfInvalid(Request(WindowsWithSnapshots)));
    }

    [Fact]
    public void A_logger_receives_the_warnings_of_a_valid_request_and_nothing_for_a_clean_one()
    {
        var logger = new RecordingLogger();
        ValidationOptions.Default = new ValidationOptions().WithLogger(logger);

        InstanceBuilderState.Start(Web, "web-1").Build();
        Assert.Empty(logger.Entries);

        InstanceBuilderState.Start(WindowsWithSnapshots, "agent-1").Build();

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("BuildAgent breaks FLS7003", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logger_that_wants_no_warnings_gets_none()
    {
        var logger = new RecordingLogger(LogLevel.Error);
        ValidationOptions.Default = new ValidationOptions().WithLogger(logger);

        InstanceBuilderState.Start(WindowsWithSnapshots, "agent-1").Build();

        Assert.Empty(logger.Entries);
    }

    [Fact]
    public void Options_passed_to_the_validator_apply_to_that_call_only()
    {
        var request = Request(Web);
        request.Tags!.Add(new Tag { Key = "owner", Value = "ann#1" });
        var off = new ValidationOptions().WithRuleLevel(RuleIds.TagCharacters, RuleLevel.None);

        Assert.Empty(CreateInstancesRequestValidator.Validate(request, off));
        CreateInstancesRequestValidator.ThrowIfInvalid(request, off);
        Assert.Throws<LightsailValidationException>(() => CreateInstancesRequestValidator.ThrowIfInvalid(request));
    }

    [Fact]
    public void Options_are_values_each_change_makes_a_new_one()
    {
        var first = new ValidationOptions().WithRuleLevel("FLS6003", RuleLevel.None);
        var second = first.WithRuleLevel("FLS3004", RuleLevel.Error);

        Assert.Equal(["FLS6003"], first.RuleLevels.Keys);
        Assert.Equal(["FLS3004", "FLS6003"], second.RuleLevels.Keys.Order(StringComparer.Ordinal));
        Assert.Null(second.Logger);
    }

    [Theory]
    [InlineData("FLS603")]
    [InlineData("fls6003")]
    [InlineData("CA1000")]
    public void An_unknown_rule_id_is_refused_naming_it(string ruleId)
    {
        var exception = Assert.Throws<ArgumentException>(() => new ValidationOptions().WithRuleLevel(ruleId, RuleLevel.None));

        Assert.Contains($"'{ruleId}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("FLS6003", exception.Message, StringComparison.Ordinal);
    }

    private static CreateInstancesRequest Request(InstanceTemplateValues template)
    {
        var before = ValidationOptions.Default;
        ValidationOptions.Default = new ValidationOptions();
        try
        {
            return InstanceBuilderState.Start(template, "built-1").Build();
        }
        finally
        {
            ValidationOptions.Default = before;
        }
    }

    [Fact]
    public void A_logged_warning_about_a_launch_script_never_quotes_the_script()
    {
        // Launch scripts carry secrets, and log lines end up in places an exception never goes.
        const string Secret = "s3cr3t-marker-7f3a";
        var logger = new RecordingLogger();
        ValidationOptions.Default = new ValidationOptions().WithLogger(logger);
        var windowsWithShellScript = new InstanceTemplateValues(
            "BuildAgent",
            availabilityZone: "us-east-1a",
            blueprintId: Blueprints.WindowsServer2022,
            bundleId: Bundles.LargeWin3_0,
            userData: "#!/bin/bash\nexport DB_PASSWORD=" + Secret + "\n./start.sh\n");

        InstanceBuilderState.Start(windowsWithShellScript, "agent-1").Build();

        var entry = Assert.Single(logger.Entries, e => e.Message.Contains(RuleIds.ShebangOnWindows, StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, entry.Message, StringComparison.Ordinal);
        Assert.Contains("#!/bin/bash", entry.Message, StringComparison.Ordinal);
        Assert.All(logger.Entries, e => Assert.DoesNotContain(Secret, e.Message, StringComparison.Ordinal));
    }
}
