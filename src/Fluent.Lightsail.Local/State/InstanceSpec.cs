using Fluent.Lightsail.Local.Catalog;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Local.State;

/// <summary>A validated <c>CreateInstances</c> request: everything but the names is shared by every instance.</summary>
internal sealed record InstanceSpec(
    IReadOnlyList<string> Names,
    string AvailabilityZone,
    BlueprintInfo Blueprint,
    BundleInfo Bundle,
    IReadOnlyList<InstanceTag> Tags,
    IReadOnlyList<InstanceAddOn> AddOns,
    string IpAddressType,
    string? KeyPairName,
    string? UserData);
