namespace Fluent.Lightsail.Benchmarks.Runtime;

/// <summary>The template the builder benchmark builds from; the generator runs on this project, as on a user's.</summary>
[InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0, KeyPair = "deploy")]
[Tag("role", "web")]
[AutoSnapshot("06:00")]
public partial class BenchWebServer;
