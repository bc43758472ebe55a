using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Analyzers;

/// <summary>The properties shared by [InstanceTemplate] and [TemplateDefaults], and the request member each sets.</summary>
internal static class TemplateProperties
{
    public static readonly (string Property, string Member)[] All =
    {
        ("AvailabilityZone", InstanceRules.AvailabilityZoneMember),
        ("Blueprint", InstanceRules.BlueprintMember),
        ("Bundle", InstanceRules.BundleMember),
        ("KeyPair", InstanceRules.KeyPairMember),
        ("IpAddressType", InstanceRules.IpAddressTypeMember),
    };
}
