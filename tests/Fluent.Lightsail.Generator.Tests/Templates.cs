using Fluent.Lightsail.Model;
namespace Fluent.Lightsail.Generator.Tests;

/// <summary>The user sources the tests share: one per shape the generator must handle.</summary>
internal static class Templates
{
    /// <summary>Sets nothing: zone, blueprint and bundle all become required steps.</summary>
    public const string Minimal = """
        using Fluent.Lightsail;

        namespace Acme.Fleet;

        [InstanceTemplate]
        public partial class DevBox;
        """;

    public const string EveryMemberScriptPath = "/project/provision/web.sh";

    public const string EveryMemberScript = "#!/bin/bash\napt-get install -y nginx\necho \"ready\" > /tmp/state\n";

    /// <summary>Sets every member; tag values that need escaping in C# and in XML docs; a user data file.</summary>
    public const string EveryMember = """
        using Fluent.Lightsail;

        namespace Acme.Fleet
        {
            [InstanceTemplate(
                AvailabilityZone = "us-east-2a",
                Blueprint = Blueprints.Ubuntu24_04,
                Bundle = Bundles.SmallIpv6_3_0,
                KeyPair = "deploy",
                IpAddressType = IpAddressTypes.Ipv6)]
            [Tag("role", "web")]
            [Tag("backup")]
            [Tag("owner", "ops \"team\" <a&b>")]
            [AutoSnapshot("06:00")]
            [StopInstanceOnIdle("5", "30")]
            [UserDataFile("provision\\web.sh")]
            public sealed partial class WebServer
            {
            }
        }
        """;

    /// <summary>Takes zone, blueprint, key pair, IP type and tags from the assembly; overrides one tag.</summary>
    public const string AssemblyDefaults = """
        using Fluent.Lightsail;

        [assembly: TemplateDefaults(AvailabilityZone = "eu-west-1a", Blueprint = Blueprints.Debian12, KeyPair = "org-key", IpAddressType = "dualstack")]
        [assembly: Tag("cost-center", "platform")]
        [assembly: Tag("role", "generic")]
        [assembly: Tag("team", "infra")]

        namespace Acme.Fleet;

        [InstanceTemplate(Bundle = Bundles.Micro3_0)]
        [Tag("role", "worker")]
        [Tag("queue", "jobs")]
        public partial class Worker;
        """;

    /// <summary>Nested in two partial types inside a file-scoped namespace.</summary>
    public const string Nested = """
        using Fluent.Lightsail;

        namespace Acme.Fleet.Nested;

        public static partial class Environments
        {
            internal partial class Staging
            {
                [InstanceTemplate(Blueprint = Blueprints.AmazonLinux2023, Bundle = Bundles.Nano3_0)]
                public partial class Api;
            }
        }
        """;

    /// <summary>A positional record in the global namespace with an inline script.</summary>
    public const string Record = """
        using Fluent.Lightsail;

        [InstanceTemplate(AvailabilityZone = "us-west-2b", Blueprint = "ubuntu_22_04", Bundle = "medium_3_0")]
        [UserData("#!/bin/sh\necho hi")]
        public partial record BatchRunner(string Owner);
        """;
}
