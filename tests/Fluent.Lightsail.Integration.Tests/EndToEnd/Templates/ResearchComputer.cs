namespace Fluent.Lightsail.Integration.Tests.EndToEnd.Templates;

// Lightsail for Research images and plans are not in the catalogue constants (they list the regular ones), so the
// analyzers say the IDs are unknown; the rules still see them as research IDs, and the local endpoint serves them.
#pragma warning disable FLS3002, FLS3004

/// <summary>A Lightsail for Research computer that stops after 30 minutes under 5 % CPU.</summary>
[InstanceTemplate(AvailabilityZone = "us-east-1a", Blueprint = "lfr_jupyterlab_1_0", Bundle = "app_standard_xl_1_0")]
[StopInstanceOnIdle("5", "30")]
public partial class ResearchComputer;

#pragma warning restore FLS3002, FLS3004
