using Fluent.Lightsail.Building;
using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Validation;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Tests.Building;

/// <summary>
/// Build() validates the request it made, in one pass (BuilderValidation). These tests hold it to the rules run on the
/// chain's values directly, on random templates and chains: Build() fails exactly when the rules find an error, its
/// exception lists exactly what they list, and a request it returns has exactly the warnings they report.
/// </summary>
public sealed class BuildValidationTests
{
    // Each pool mixes valid values with values that break a member rule or, in combination, a cross-field rule.
    private static readonly string?[] Zones = ["us-east-2a", "eu-west-1b", "us-east-2", "US-EAST-2A", "xx-east-9a", "us-west-1a", null];
    private static readonly string?[] BlueprintIds = [Blueprints.Ubuntu24_04, Blueprints.WindowsServer2022, Blueprints.AmazonLinux2023, "not_a_blueprint", "", null];
    private static readonly string?[] BundleIds = [Bundles.Small3_0, Bundles.SmallWin3_0, Bundles.SmallIpv6_3_0, Bundles.Nano3_0, "bogus_bundle", null];
    private static readonly string?[] KeyPairs = ["deploy", "", new string('k', 300), null];
    private static readonly string?[] Scripts = [null, "#!/bin/bash\necho hi", "<powershell>Write-Host hi</powershell>", new string('x', 20_000)];
    private static readonly string?[] IpTypes = [null, "ipv4", "ipv6", "dualstack", "bogus", "IPv6"];
    private static readonly string?[] SnapshotTimes = ["06:00", "6:00", "06:30", "24:00", null];
    private static readonly (string, string)[] IdleSettings = [("5", "30"), ("0", "5"), ("abc", "30"), ("5", "1000000")];
    private static readonly string?[] TagKeys = ["role", "owner", "env", "aws:reserved", "bad#key", "", new string('k', 200), null];
    private static readonly string?[] TagValues = ["web", null, "", "bad#value", new string('v', 300)];
    private static readonly string?[][] NameLists = [["a1"], ["web-1", "web-2"], ["bad name"], [""], ["-x"], ["a", "a"], [], [null]];

    [Fact]
    public void Build_agrees_with_the_rules_on_random_templates_and_chains()
    {
        var random = new Random(20261127);
        var invalid = 0;
        var withWarnings = 0;

        // Half the cases reuse a few templates, as real code does: a template's earlier builds must never change a verdict.
        var shared = Enumerable.Range(0, 8).Select(_ => RandomTemplate(new Chooser(random))).ToArray();
        for (var i = 0; i < 20_000; i++)
        {
            var choose = new Chooser(random);
            var template = random.Next(2) == 0 ? shared[random.Next(shared.Length)] : RandomTemplate(choose);
            var state = RandomChain(choose, template);
            var expected = BuilderValidation.Validate(state);
            if (expected.HasErrors)
            {
                var failure = Assert.Throws<LightsailValidationException>(() => state.Build());
                Assert.Equal(expected.Select(Describe), failure.Violations.Select(Describe));
                invalid++;
                continue;
            }

            var request = state.Build();
            var warnings = CreateInstancesRequestValidator.Validate(request);
            Assert.Equal(expected.Select(Describe), warnings.Select(Describe));
            withWarnings += warnings.Count > 0 ? 1 : 0;
        }

        // Every outcome must be common, or the comparison proves little.
        Assert.InRange(invalid, 4_000, 16_000);
        Assert.True(withWarnings > 300, $"only {withWarnings} valid chains had warnings");
    }

    private static string Describe(RuleViolation violation) => $"{violation.RuleId}|{violation.Severity}|{violation.Member}|{violation.Value}|{violation.Message}";

    private static InstanceTemplateValues RandomTemplate(Chooser random)
    {
        var tags = new List<TemplateTag>();
        for (var t = random.Next(4); t > 0; t--)
        {
            tags.Add(new TemplateTag(random.Pick(TagKeys), random.Pick(TagValues)));
        }

        var idle = random.Next(4) == 0 ? random.Pick(IdleSettings) : ((string, string)?)null;
        var snapshot = random.Next(3) == 0;
        return new InstanceTemplateValues(
            "Random",
            availabilityZone: random.Maybe(Zones),
            blueprintId: random.Maybe(BlueprintIds),
            bundleId: random.Maybe(BundleIds),
            keyPairName: random.Maybe(KeyPairs),
            ipAddressType: random.Maybe(IpTypes),
            userData: random.Maybe(Scripts),
            autoSnapshot: snapshot ? new AutoSnapshotAddOn(random.Pick(SnapshotTimes)) : null,
            stopInstanceOnIdle: idle is { } setting ? new StopInstanceOnIdleAddOn(setting.Item1, setting.Item2) : null,
            tags: [.. tags]);
    }

    private static InstanceBuilderState RandomChain(Chooser random, InstanceTemplateValues template)
    {
        var names = random.Pick(NameLists);
        var state = names.Length == 1 && random.Next(2) == 0
            ? InstanceBuilderState.Start(template, names[0])
            : InstanceBuilderState.Start(template, names);

        // The generated stages ask for what the template leaves open, as the chain's first calls.
        state = template.AvailabilityZone is null ? state.WithAvailabilityZone(random.Pick(Zones)) : state;
        state = template.BlueprintId is null ? state.WithBlueprint(random.Pick(BlueprintIds)) : state;
        state = template.BundleId is null ? state.WithBundle(random.Pick(BundleIds)) : state;
        for (var call = random.Next(5); call > 0; call--)
        {
            state = random.Next(11) switch
            {
                0 => state.WithAvailabilityZone(random.Pick(Zones)),
                1 => state.WithBlueprint(random.Pick(BlueprintIds)),
                2 => state.WithBundle(random.Pick(BundleIds)),
                3 => state.WithKeyPair(random.Pick(KeyPairs)),
                4 => state.WithUserData(random.Pick(Scripts)),
                5 => state.WithIpAddressType(random.Pick(IpTypes) is { } type ? IpAddressType.FindValue(type) : null),
                6 => state.WithAutoSnapshot(random.Pick(SnapshotTimes)),
                7 => state.WithoutAutoSnapshot(),
                8 => WithIdle(state, random.Pick(IdleSettings)),
                9 => state.WithoutStopInstanceOnIdle(),
                _ => state.WithTag(random.Pick(TagKeys), random.Pick(TagValues)),
            };
        }

        return state;
    }

    private static InstanceBuilderState WithIdle(InstanceBuilderState state, (string Threshold, string Duration) idle)
        => state.WithStopInstanceOnIdle(idle.Threshold, idle.Duration);

    /// <summary>
    /// Random choices from the pools. Every pool starts with a valid value; each case takes it at its own rate, so that
    /// cases range from almost all valid to many broken members and both outcomes are common.
    /// </summary>
    private sealed class Chooser(Random random)
    {
        private readonly double _validRate = new[] { 0.5, 0.85, 0.97 }[random.Next(3)];

        public int Next(int maxValue) => random.Next(maxValue);

        public T Pick<T>(T[] pool) => random.NextDouble() < _validRate ? pool[0] : pool[random.Next(pool.Length)];

        // Templates leave members unset as often as generated ones do (a required stage, or no key pair).
        public string? Maybe(string?[] pool) => random.Next(3) == 0 ? null : Pick(pool);
    }
}
