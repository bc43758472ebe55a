using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// The other rules whose fix data proposes a value, one call each on the valid Linux template. The expected values
/// follow from the rules: a bare region gets zone 'a', us-west-1 becomes us-west-2, a blank blueprint or bundle gets the
/// catalogue's everyday default, tags are cut to their limits, StopInstanceOnIdle gets numbers.
/// </summary>
public sealed class ReplacementValueTests
{
    [Theory]
    [InlineData("""InZone({|FLS2001:"us-east-2"|})""", """InZone("us-east-2a")""", "FLS2001")]
    [InlineData("""InZone({|FLS2003:"us-eest-2b"|})""", """InZone("us-east-2b")""", "FLS2003")]
    [InlineData("""InZone({|FLS2004:"us-west-1b"|})""", """InZone("us-west-2b")""", "FLS2004")]
    [InlineData("""WithBlueprint({|FLS3001:""|})""", """WithBlueprint("ubuntu_24_04")""", "FLS3001")]
    [InlineData("""WithBundle({|FLS3003:" "|})""", """WithBundle("small_3_0")""", "FLS3003")]
    [InlineData("""WithKeyPair({|FLS5003:"deploy key"|})""", """WithKeyPair("deploy-key")""", "FLS5003")]
    [InlineData("""WithStopInstanceOnIdle({|FLS7004:"5"|}, {|FLS7005:"30min"|})""", """WithStopInstanceOnIdle({|FLS7004:"5"|}, "30")""", "FLS7005")]
    [InlineData("""WithStopInstanceOnIdle({|FLS7004:{|FLS7006:"150"|}|}, "30")""", """WithStopInstanceOnIdle({|FLS7004:"100"|}, "30")""", "FLS7006")]
    [InlineData("""WithIpAddressType({|FLS8001:"IPV4"|})""", """WithIpAddressType("ipv4")""", "FLS8001")]
    public Task The_rules_value_replaces_the_argument(string call, string fixedCall, string ruleId)
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("Web.Named(\"web-1\")." + call + ";"),
            CodeFixSources.Calls("Web.Named(\"web-1\")." + fixedCall + ";"),
            ruleId + ".UseReplacement");

    [Fact]
    public Task A_tag_key_is_cut_to_128_characters()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls($$"""Web.Named("web-1").WithTag({|FLS6001:"{{new string('k', 130)}}"|}, "v");"""),
            CodeFixSources.Calls($$"""Web.Named("web-1").WithTag("{{new string('k', 128)}}", "v");"""),
            "FLS6001.UseReplacement");

    [Fact]
    public Task A_tag_value_is_cut_to_256_characters()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls($$"""Web.Named("web-1").WithTag("k", {|FLS6002:"{{new string('v', 300)}}"|});"""),
            CodeFixSources.Calls($$"""Web.Named("web-1").WithTag("k", "{{new string('v', 256)}}");"""),
            "FLS6002.UseReplacement");
}
