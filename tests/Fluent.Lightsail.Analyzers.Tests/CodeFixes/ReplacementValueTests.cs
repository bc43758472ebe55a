using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// The other rules whose fix data proposes a value, one call each on the valid Linux template. Certain repairs are
/// mechanical (spacing and case, StopInstanceOnIdle numbers in their unit: "1h" is 60 minutes); guesses are choices: a
/// bare region's zone 'a', us-west-2 for us-west-1, the catalogue's everyday blueprint or bundle, shortened tags.
/// </summary>
public sealed class ReplacementValueTests
{
    [Theory]
    [InlineData("""InZone({|FLS2001:"us-east-2"|})""", """InZone("us-east-2a")""", "Use 'us-east-2a' (Ohio)")]
    [InlineData("""InZone({|FLS2001:" us-east-2a "|})""", """InZone("us-east-2a")""", Fix.Mechanical)]
    [InlineData("""InZone({|FLS2003:"us-eest-2b"|})""", """InZone("us-east-2b")""", "Use 'us-east-2b' (Ohio)")]
    [InlineData("""InZone({|FLS2004:"us-west-1b"|})""", """InZone("us-west-2b")""", "Use 'us-west-2b' (Oregon)")]
    [InlineData("""WithBlueprint({|FLS3001:""|})""", """WithBlueprint("ubuntu_24_04")""", "Use 'ubuntu_24_04'")]
    [InlineData("""WithBundle({|FLS3003:" "|})""", """WithBundle("small_3_0")""", "Use 'small_3_0'")]
    [InlineData("""WithKeyPair({|FLS5003:"deploy key"|})""", """WithKeyPair("deploy-key")""", "Use 'deploy-key'")]
    [InlineData("""WithStopInstanceOnIdle({|FLS7004:"5"|}, {|FLS7005:"30min"|})""", """WithStopInstanceOnIdle({|FLS7004:"5"|}, "30")""", Fix.Mechanical)]
    [InlineData("""WithStopInstanceOnIdle({|FLS7004:"5"|}, {|FLS7005:"1h"|})""", """WithStopInstanceOnIdle({|FLS7004:"5"|}, "60")""", Fix.Mechanical)]
    [InlineData("""WithStopInstanceOnIdle({|FLS7004:{|FLS7005:"5 %"|}|}, "30")""", """WithStopInstanceOnIdle({|FLS7004:"5"|}, "30")""", Fix.Mechanical)]
    [InlineData("""WithIpAddressType({|FLS8001:"IPV4"|})""", """WithIpAddressType("ipv4")""", Fix.Mechanical)]
    [InlineData("""WithIpAddressType({|FLS8001:"v4"|})""", """WithIpAddressType("dualstack")""", "Use 'dualstack' (the default)")]
    public Task The_rules_value_replaces_the_argument(string call, string fixedCall, string pick)
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("Web.Named(\"web-1\")." + call + ";"),
            CodeFixSources.Calls("Web.Named(\"web-1\")." + fixedCall + ";"),
            pick);

    [Theory]
    [InlineData("""WithStopInstanceOnIdle({|FLS7004:{|FLS7006:"150"|}|}, "30")""")]
    [InlineData("""WithStopInstanceOnIdle({|FLS7004:"5"|}, {|FLS7005:"1 fortnight"|})""")]
    public Task A_number_whose_meaning_a_fix_would_change_gets_no_fix(string call)
    {
        // 150 % has no documented replacement (100 would mean "idle at any load"), and a fortnight is not a unit O10 knows.
        var source = CodeFixSources.Calls("Web.Named(\"web-1\")." + call + ";");
        return LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(source, source, Fix.Mechanical);
    }

    [Fact]
    public Task A_tag_key_is_cut_to_128_characters()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls($$"""Web.Named("web-1").WithTag({|FLS6001:"{{new string('k', 130)}}"|}, "v");"""),
            CodeFixSources.Calls($$"""Web.Named("web-1").WithTag("{{new string('k', 128)}}", "v");"""),
            "Shorten the key to 128 characters");

    [Fact]
    public Task A_tag_value_is_cut_to_256_characters()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls($$"""Web.Named("web-1").WithTag("k", {|FLS6002:"{{new string('v', 300)}}"|});"""),
            CodeFixSources.Calls($$"""Web.Named("web-1").WithTag("k", "{{new string('v', 256)}}");"""),
            "Shorten the value to 256 characters");
}
