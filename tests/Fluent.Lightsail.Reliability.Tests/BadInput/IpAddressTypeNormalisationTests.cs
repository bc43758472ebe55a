using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Reliability.Tests.BadInput;

/// <summary>
/// Found by the bad-input property: a case variant of a known IP address type ("IPV6") used to pass the generated
/// builder, whose typed parameter mapped it to the known value as AWSSDK.Core's case-insensitive ConstantClass look-up
/// does, while the analyzer and the untyped draft rejected it. Decided since (docs/rules/FLS8001.md): one verdict, so
/// the typed value keeps its spelling and the builder rejects it too (FLS8001), before anything is sent.
/// </summary>
public sealed class IpAddressTypeNormalisationTests
{
    [Theory]
    [InlineData("IPV6", Bundles.NanoIpv6_3_0)]
    [InlineData("Ipv4", Bundles.Small3_0)]
    [InlineData("DualStack", Bundles.Small3_0)]
    public void The_builder_and_the_draft_both_reject_a_case_variant(string written, string bundle)
    {
        var values = new RequestValues { IpAddressType = written, Bundle = bundle };

        var fromBuilder = Assert.Throws<LightsailValidationException>(() => values.Builder().Build());
        var fromDraft = Assert.Throws<LightsailValidationException>(() => values.Draft().Build());

        Assert.Contains(fromBuilder.Errors, violation => violation.RuleId == RuleIds.UnknownIpAddressType && violation.Value == written);
        Assert.Contains(fromDraft.Errors, violation => violation.RuleId == RuleIds.UnknownIpAddressType && violation.Value == written);
    }
}
