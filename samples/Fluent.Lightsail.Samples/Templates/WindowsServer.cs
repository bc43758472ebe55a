using Fluent.Lightsail;

namespace Fluent.Lightsail.Samples.Templates;

/// <summary>A Windows IIS server. Windows takes no AutoSnapshot and needs a <c>_win</c> bundle.</summary>
[InstanceTemplate(Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.MediumWin3_0, AvailabilityZone = "us-east-1b")]
[Tag("role", "iis")]
[UserData("<powershell>\nInstall-WindowsFeature -Name Web-Server -IncludeManagementTools\n</powershell>")]
public partial class WindowsServer;
