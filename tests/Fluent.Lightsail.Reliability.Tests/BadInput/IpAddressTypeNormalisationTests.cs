using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Reliability.Tests.BadInput;

/// <summary>
/// Found by the bad-input property: a case variant of a known IP address type ("IPV6") is not rejected by the
/// generated builder, because the typed parameter (an SDK ConstantClass, as in AWSSDK.Lightsail) maps it to the known
/// value. The request then carries "ipv6", which the service accepts, so nothing invalid is sent; the untyped draft
/// keeps the text and rejects it (FLS8001). Pinned here so that a change to either behaviour is a decision, not an accident.
/// </summary>
public sealed class IpAddressTypeNormalisationTests
{
    [Theory]
    [InlineData("IPV6", "ipv6", Bundles.NanoIpv6_3_0)]
    [InlineData("Ipv4", "ipv4", Bundles.Small3_0)]
    [InlineData("DualStack", "dualstack", Bundles.Small3_0)]
    public void The_builder_sends_the_known_value_and_the_draft_rejects_the_text(string written, string sent, string bundle)
    {
        var values = new RequestValues { IpAddressType = written, Bundle = bundle };

        var request = values.Builder().Build();
        var rejection = Assert.Throws<LightsailValidationException>(() => values.Draft().Build());

        Assert.Equal(sent, request.IpAddressType!.Value);
        Assert.Contains(rejection.Errors, violation => violation.RuleId == RuleIds.UnknownIpAddressType);
    }
}
