using Fluent.Lightsail.Building;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Tests.Rules;

/// <summary>
/// Messages are one line (a build and a log line stop at a line break), quote values escaped and shortened, say what
/// they count in the right number, and never show a launch script's content.
/// </summary>
public sealed class MessageTextTests
{
    private const string Secret = "export DB_PASSWORD=hunter2-MARKER-7f3a";

    [Fact]
    public void Every_message_of_the_rule_corpus_is_one_line()
    {
        var violations = new List<RuleViolation>();
        RuleOutputCorpus.Render(violations.Add);

        Assert.True(violations.Count > 1000, $"{violations.Count} violations");
        foreach (var violation in violations)
        {
            Assert.True(IsOneLine(violation.Message), violation.RuleId + ": " + violation.Message);
        }
    }

    [Fact]
    public void A_quoted_value_escapes_line_breaks_and_control_characters()
    {
        Assert.Equal(@"'a\nb\r\tc\u0007\u2028'", RuleText.Quote("a\nb\r\tc\u0007\u2028"));
        Assert.Equal("'über'", RuleText.Quote("über"));
        Assert.Equal("(none)", RuleText.Quote(null));
    }

    [Fact]
    public void A_long_value_is_cut_with_an_ellipsis_and_no_surrogate_is_split()
    {
        var quoted = RuleText.Quote(new string('v', 47) + "\U0001F600" + new string('w', 300));

        Assert.Equal("'" + new string('v', 47) + "…'", quoted);
        Assert.Equal("'" + new string('v', 46) + "\U0001F600…'", RuleText.Quote(new string('v', 46) + "\U0001F600" + new string('w', 300)));
    }

    [Fact]
    public void A_multi_line_tag_value_gets_a_one_line_message_with_the_rule_and_the_fix()
    {
        var violation = Single(sink => TagRules.CheckValue("line one\nline two", "tags[0].value", sink));

        Assert.Equal(RuleIds.TagCharacters, violation.RuleId);
        Assert.Equal(
            @"Tag value 'line one\nline two' contains U+000A; tags allow letters, digits, spaces and + - = . _ : / @ (rule G5). Use 'line one-line two'.",
            violation.Message);
    }

    [Theory]
    [InlineData("a", "has 1 character;")]
    [InlineData("", "has 0 characters;")]
    public void Lengths_are_counted_in_the_right_number(string name, string expected)
    {
        var violation = Single(sink => InstanceNameRules.CheckName(name, "instanceNames[0]", sink));

        Assert.Contains(expected, violation.Message);
    }

    [Fact]
    public void A_long_tag_value_states_its_length_once()
    {
        var violation = Single(sink => TagRules.CheckValue(new string('v', 257), "tags[0].value", sink));

        Assert.StartsWith("Tag value '" + new string('v', 48) + "…' has 257 characters;", violation.Message);
        Assert.Equal(2, violation.Message.Split("257").Length);
    }

    [Fact]
    public void Ipv6_with_a_dual_stack_bundle_says_dualstack_is_an_ip_address_type()
    {
        var violation = Single(sink => IpAddressTypeRules.CheckBundlePairing("ipv6", "nano_3_0", "ipAddressType", sink));

        Assert.Equal(RuleIds.Ipv6NeedsIpv6Bundle, violation.RuleId);
        Assert.EndsWith("Use bundle 'nano_ipv6_3_0', or IP address type 'dualstack'.", violation.Message);
    }

    [Fact]
    public void A_decomposed_tag_is_offered_its_composed_form()
    {
        var violation = Single(sink => TagRules.CheckKey("Gru\u0308ße", "tags[0].key", sink));

        Assert.Equal(RuleIds.TagCharacters, violation.RuleId);
        Assert.Equal("Grüße", violation.FixData[FixDataKeys.Replacement]);
        Assert.Equal("NFC", violation.FixData[FixDataKeys.Normalization]);
        Assert.Contains("contains U+0308", violation.Message);
        Assert.Contains("composed form (NFC), 'Grüße'", violation.Message);
    }

    [Fact]
    public void A_tag_that_composing_does_not_repair_is_composed_then_repaired()
    {
        var violation = Single(sink => TagRules.CheckKey("Gru\u0308ße#1", "tags[0].key", sink));

        Assert.Equal("Grüße-1", violation.FixData[FixDataKeys.Replacement]);
        Assert.False(violation.FixData.ContainsKey(FixDataKeys.Normalization));
    }

    [Theory]
    [InlineData("#!/bin/bash\n" + Secret + "\necho done", "(60 bytes, starting '#!/bin/bash')")]
    [InlineData("  #!/usr/bin/env bash\r\n" + Secret, "starting '#!/usr/bin/env bash'")]
    [InlineData("#!/bin/sh " + Secret + "\necho", "starting '#!'")]
    [InlineData("<powershell>$pw = '" + Secret + "'</powershell>", "starting '<powershell>'")]
    [InlineData("<script>" + Secret + "</script>", "starting '<script>'")]
    public void User_data_is_described_by_its_size_and_marker_only(string userData, string expected)
    {
        var description = RuleText.UserData(userData);

        Assert.Contains(expected, description);
        Assert.DoesNotContain("MARKER", description);
        Assert.DoesNotContain("hunter2", description);
    }

    [Fact]
    public void A_script_without_a_marker_line_is_described_by_its_size_alone()
        => Assert.Equal("User data (38 bytes)", RuleText.UserData(Secret));

    [Theory]
    [InlineData("ubuntu_24_04", "small_3_0", "<powershell>\n" + Secret + "\n</powershell>")]
    [InlineData("windows_server_2022", "small_win_3_0", "#!/bin/bash\n" + Secret)]
    [InlineData("windows_server_2022", "small_win_3_0", "Set-Item x\n" + Secret)]
    public void No_user_data_rule_quotes_the_script(string blueprint, string bundle, string script)
    {
        var large = script + "\n#" + new string('x', UserDataRules.MaxBytes);
        var violations = new List<RuleViolation>();
        var sink = new RuleViolationList();
        UserDataRules.CheckPlatform(script, blueprint, bundle, InstanceRules.UserDataMember, sink);
        UserDataRules.CheckSize(large, InstanceRules.UserDataMember, sink);
        violations.AddRange(sink);

        Assert.Equal(2, violations.Count);
        Assert.All(violations, violation => Assert.DoesNotContain("MARKER", violation.Message));
        Assert.All(violations, violation => Assert.DoesNotContain("MARKER", violation.ToString()));
    }

    [Fact]
    public void The_validation_exception_never_shows_the_script_and_counts_what_it_lists()
    {
        // The case from the issue: a Windows template with a bash script holding a password, AutoSnapshot, and one bad tag.
        var draft = new InstanceRequestDraft("WebServer", new[] { "web-1" })
        {
            AvailabilityZone = "us-east-2a",
            BlueprintId = "windows_server_2022",
            BundleId = "small_win_3_0",
            UserData = "#!/bin/bash\n" + Secret + "\n./start.sh",
        };
        draft.AutoSnapshot = new AutoSnapshotAddOn("06:00");
        draft.AddTag("bad#key", "v");

        var exception = Assert.Throws<LightsailValidationException>(() => draft.Build());

        Assert.DoesNotContain("MARKER", exception.Message);
        Assert.DoesNotContain("MARKER", exception.ToString());
        Assert.Equal(3, exception.Violations.Count);
        Assert.StartsWith("The CreateInstances request for WebServer breaks Lightsail rules: 1 error and 2 warnings:", exception.Message);
        Assert.Contains("FLS4003 warning at userData = (", exception.Message);
        var lines = exception.Message.Split('\n');
        Assert.Equal(1 + exception.Violations.Count, lines.Length);
    }

    [Theory]
    [InlineData("1h", null, "60")]
    [InlineData("90 min", null, "90")]
    [InlineData(null, "5%", "5")]
    public void A_number_with_a_unit_is_suggested_in_the_unit_Lightsail_reads(string? duration, string? threshold, string suggested)
    {
        // "1h" is an hour: suggesting "1" would make it a minute. The message and the fix data give the same number.
        var violation = Single(sink => AddOnRules.CheckStopInstanceOnIdleValues(threshold ?? "5", duration ?? "30", "t", "d", sink));

        Assert.EndsWith($": '{suggested}'.", violation.Message, StringComparison.Ordinal);
        Assert.Equal(suggested, violation.FixData[FixDataKeys.Replacement]);
    }

    [Theory]
    [InlineData("5%")]
    [InlineData("1 fortnight")]
    public void A_unit_that_cannot_be_converted_gets_no_number(string duration)
    {
        var violation = Single(sink => AddOnRules.CheckStopInstanceOnIdleValues("5", duration, "t", "d", sink));

        Assert.EndsWith("such as '30'.", violation.Message, StringComparison.Ordinal);
        Assert.False(violation.FixData.ContainsKey(FixDataKeys.Replacement));
    }

    private static bool IsOneLine(string text)
        => text.IndexOfAny(new[] { '\n', '\r', '\u0085', '\u2028', '\u2029' }) < 0;

    private static RuleViolation Single(Action<IRuleSink> check)
    {
        var sink = new RuleViolationList();
        check(sink);
        return Assert.Single(sink);
    }
}
