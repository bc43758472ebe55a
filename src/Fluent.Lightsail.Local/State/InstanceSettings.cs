using Fluent.Lightsail.Local.Catalog;

namespace Fluent.Lightsail.Local.State;

/// <summary>
/// What can change on an existing instance (TagResource, EnableAddOn, SetIpAddressType, …). Immutable and replaced
/// whole under the state's lock, so a reader writing an instance's JSON sees one consistent version of it.
/// </summary>
internal sealed record InstanceSettings(
    BundleInfo Bundle,
    string IpAddressType,
    IReadOnlyList<InstanceTag> Tags,
    IReadOnlyList<InstanceAddOn> AddOns);
