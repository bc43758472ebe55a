namespace Fluent.Lightsail.Integration.Tests.Provisioning.Templates;

/// <summary>The fleet the provisioning tests ensure: every difference a plan can report has a member here to differ from.</summary>
[InstanceTemplate(AvailabilityZone = "us-east-1a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0, KeyPair = "deploy")]
[Tag("role", "web")]
[Tag("backup")]
[AutoSnapshot("06:00")]
[UserData("#!/bin/sh\necho ready > /tmp/state\n")]
public partial class FleetServer;
