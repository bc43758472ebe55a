using Fluent.Lightsail;

namespace Fluent.Lightsail.Samples.Templates;

/// <summary>A Linux web server: nginx installed at first boot by a script kept next to the code.</summary>
[InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0, AvailabilityZone = "us-east-1a")]
[Tag("role", "web")]
[AutoSnapshot("06:00")]
[UserDataFile("provision/web.sh")]
public partial class WebServer;
