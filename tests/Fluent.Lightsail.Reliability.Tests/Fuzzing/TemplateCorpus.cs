namespace Fluent.Lightsail.Reliability.Tests.Fuzzing;

/// <summary>
/// Well-formed sources that cover the DSL and calls of generated builders; the mutator breaks them. <c>__N__</c> is
/// replaced by the source's index, so that many sources share one compilation without merging their types.
/// </summary>
internal static class TemplateCorpus
{
    public const string Placeholder = "__N__";

    public static readonly string[] Seeds =
    [
        """
        using Fluent.Lightsail;
        namespace Fuzz.S__N__;

        [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0, AvailabilityZone = "us-east-2a")]
        [Tag("role", "web")]
        [AutoSnapshot("06:00")]
        public partial class Web__N__
        {
            public static object Use() => Web__N__.Named("web-1", "web-2").WithTag("owner", "ann").InZone("us-east-2b").Build();
        }
        """,
        """
        using Fluent.Lightsail;
        namespace Fuzz.S__N__
        {
            [InstanceTemplate(Blueprint = Blueprints.Debian12, Bundle = Bundles.Micro3_0)]
            public partial class Dev__N__
            {
                public static object Use(string zone) => Dev__N__.Named("dev-1").InZone(zone).WithKeyPair("deploy").Build();
            }
        }
        """,
        """
        using Fluent.Lightsail;
        namespace Fuzz.S__N__;

        [InstanceTemplate]
        public partial record class Bare__N__
        {
            public static object Use() => Bare__N__.Named(new[] { "a1", "b2" }).InZone("eu-west-1a").WithBlueprint("ubuntu_24_04").WithBundle("small_3_0").Build();
        }
        """,
        """
        using Fluent.Lightsail;
        namespace Fuzz.S__N__;

        public static partial class Outer__N__
        {
            public partial class Middle
            {
                [InstanceTemplate(Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.LargeWin3_0, AvailabilityZone = "us-west-2a", IpAddressType = IpAddressTypes.Dualstack)]
                [UserData("<powershell>Install-WindowsFeature Web-Server</powershell>")]
                [Tag("os", "windows")]
                internal partial class Agent__N__ { }
            }
        }
        """,
        """
        using Fluent.Lightsail;
        namespace Fuzz.S__N__;

        [InstanceTemplate(Blueprint = "ubuntu_24_04", Bundle = "nano_ipv6_3_0", AvailabilityZone = "ap-south-1a", IpAddressType = "ipv6")]
        [UserDataFile("provision/web.sh")]
        [StopInstanceOnIdle("5", "30")]
        public sealed partial class Notebook__N__
        {
            void Use() { _ = Notebook__N__.Named("nb-1").WithStopInstanceOnIdle("10", "60").WithoutAutoSnapshot().WithIpAddressType("ipv6").Build(); }
        }
        """,
        """
        using Fluent.Lightsail;
        using System.Collections.Generic;
        namespace Fuzz.S__N__;

        [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0, AvailabilityZone = "us-east-2a", KeyPair = "k1")]
        [Tag("a", "1")] [Tag("b")] [Tag("c", "3")]
        [AutoSnapshot("23:00")]
        public partial class Tagged__N__
        {
            static object Use(IEnumerable<string> names, string key) =>
                Tagged__N__.Named(names).WithTag(key).WithTag("x", null).WithAutoSnapshot("01:00").WithUserData("#!/bin/bash\necho hi").Build();
        }
        """,
        """
        [assembly: Fluent.Lightsail.TemplateDefaults(AvailabilityZone = "us-east-2a", KeyPair = "deploy", Blueprint = "debian_12")]
        [assembly: Fluent.Lightsail.Tag("cost-center", "platform")]
        namespace Fuzz.S__N__;

        [Fluent.Lightsail.InstanceTemplate(Bundle = Fluent.Lightsail.Bundles.Medium3_0)]
        [Fluent.Lightsail.Tag("cost-center", "research")]
        public partial class Defaulted__N__
        {
            public static Fluent.Lightsail.Model.CreateInstancesRequest Use() => Defaulted__N__.Named("d-1").Build();
        }
        """,
        """
        using Fluent.Lightsail;
        using Fluent.Lightsail.Model;
        using System.Threading;
        using System.Threading.Tasks;
        namespace Fuzz.S__N__;

        [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0, AvailabilityZone = "us-east-1a")]
        public partial class Sent__N__
        {
            public static Task<CreatedInstances> Use(ILightsailClient client, CancellationToken ct) =>
                Sent__N__.Named("s-1").WithTag("team", "ops").CreateAsync(client, ct);
        }
        """,
        """
        using Fluent.Lightsail;
        namespace Fuzz.S__N__;

        public partial class Host__N__<T>
        {
            [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04)]
            public partial class Inner__N__ { }
        }

        [InstanceTemplate(Bundle = Bundles.Small3_0)]
        public partial struct Value__N__ { }

        [InstanceTemplate(AvailabilityZone = "us-east-2a")]
        public static partial class Static__N__ { }
        """,
        """
        using Fluent.Lightsail;
        namespace Fuzz.S__N__;

        [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0, AvailabilityZone = "us-east-2a")]
        [UserData("#!/bin/bash")]
        [UserDataFile("scripts/../provision/web.sh")]
        [AutoSnapshot("6:30")]
        [Tag("aws:bad", "v#1")]
        public partial class Broken__N__
        {
            const string Zone = "US-EAST-2A";
            static object Use() => Broken__N__.Named("-bad-", "-bad-", "ok").InZone(Zone).WithAutoSnapshot("25:00").WithStopInstanceOnIdle("x", "y").Build();
        }
        """,
        """"
        using Fluent.Lightsail;
        namespace Fuzz.S__N__;

        [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04 + "", Bundle = nameof(Bundles.Small3_0), AvailabilityZone = Regions.UsEast2 + "a")]
        public partial class Computed__N__
        {
            private const string Key = "ro" + "le";
            static object Use() => Computed__N__.Named($"web-{1}", @"web-2", """web-3""").WithTag(Key, "v").WithTag(Key, "w").Build();
        }
        """",
        """
        using Fluent.Lightsail;
        namespace Fuzz.S__N__;

        [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
        public partial class Staged__N__
        {
            static object Use() => Staged__N__.Named().InZone("us-east-2a").WithBlueprint("windows_server_2022").WithBundle("small_win_3_0").WithAutoSnapshot("02:00").Build();
            static object Partial() => Staged__N__.Named("p-1");
        }
        """,
    ];
}
