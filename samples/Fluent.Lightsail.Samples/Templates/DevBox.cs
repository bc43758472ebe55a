using Fluent.Lightsail;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Samples.Templates;

/// <summary>A developer box: the zone is chosen per call, so <c>InZone</c> is a required step of the builder.</summary>
[InstanceTemplate(Blueprint = Blueprints.Debian12, Bundle = Bundles.Micro3_0, IpAddressType = IpAddressTypes.Dualstack)]
[Tag("role", "dev")]
public partial class DevBox;
