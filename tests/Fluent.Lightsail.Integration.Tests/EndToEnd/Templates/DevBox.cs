namespace Fluent.Lightsail.Integration.Tests.EndToEnd.Templates;

/// <summary>A template that leaves the zone and bundle open: the builder requires them, in that order.</summary>
[InstanceTemplate(Blueprint = Blueprints.Debian12)]
[Tag("purpose", "development")]
public partial class DevBox;
