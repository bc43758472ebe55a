namespace Fluent.Lightsail.Integration.Tests.EndToEnd.Templates;

/// <summary>A template that fixes every required member, so <c>Named</c> leads straight to <c>CreateAsync</c>.</summary>
[InstanceTemplate(AvailabilityZone = "us-east-1a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
[Tag("role", "web")]
[Tag("backup")]
[AutoSnapshot("06:00")]
[UserData("#!/bin/sh\necho ready > /tmp/state\n")]
public partial class WebServer;
