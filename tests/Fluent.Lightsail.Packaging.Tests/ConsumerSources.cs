namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// The C# a supported consumer compiles: templates and chains that must build clean, and a planted file (compiled only
/// with <c>PLANTED</c> defined) with values Lightsail rejects and a chain that skips its required zone. The same
/// templates in two spellings: current C# (top-level statements, <c>partial class X;</c>) and C# 7.3.
/// </summary>
internal sealed record ConsumerSources(string CleanFile, string CleanText, string PlantedFile, string PlantedText)
{
    /// <summary>The literals the analyzers must flag in the planted file, with the rule each breaks.</summary>
    public static readonly IReadOnlyList<(string Rule, string Literal)> PlantedValues =
    [
        ("FLS3004", "\"small_3_O\""), // an unknown bundle: a warning, an error under TreatWarningsAsErrors
        ("FLS6003", "\"ann#1\""),     // '#' in a tag value
        ("FLS7001", "\"6:30\""),      // a snapshot time that is not on the hour, HH:00
    ];

    /// <summary>Where the compiler must say CS1061: the <c>Build</c> of a chain that never chose its zone.</summary>
    public const string MissingStageCall = "Build(); // CS1061";

    public static ConsumerSources Current { get; } = new(
        "Program.cs",
        """
        using Fluent.Lightsail;
        using Fluent.Lightsail.Model;

        [assembly: TemplateDefaults(KeyPair = "deploy")]
        [assembly: Tag("cost-center", "platform")]

        CreateInstancesRequest[] requests =
        [
            WebServer.Named("web-1", "web-2").WithTag("owner", "ann").Build(),
            DevBox.Named("dev-1").InZone("eu-west-1a").WithoutAutoSnapshot().Build(),
            Bare.Named("bare-1").InZone("us-east-1a").WithBlueprint(Blueprints.Debian12).WithBundle(Bundles.Micro3_0)
                .WithIpAddressType("dualstack").WithUserData("#!/bin/bash\necho hi\n").Build(),
        ];
        foreach (var request in requests)
        {
            Console.WriteLine(request.ToJson());
        }

        [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0, AvailabilityZone = "us-east-2a")]
        [Tag("role", "web")]
        [AutoSnapshot("06:00")]
        [UserData("#!/bin/bash\napt-get install -y nginx\n")]
        public partial class WebServer;

        [InstanceTemplate(Blueprint = Blueprints.Debian12, Bundle = Bundles.Micro3_0)]
        public partial class DevBox;

        [InstanceTemplate]
        public partial class Bare;
        """,
        "Planted.cs",
        """
        #if PLANTED
        using Fluent.Lightsail;

        internal static class Planted
        {
            internal static void Use()
            {
                _ = Misconfigured.Named("web-1").WithTag("owner", "ann#1").Build();
                _ = DevBox.Named("dev-1").Build(); // CS1061
            }
        }

        [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = "small_3_O", AvailabilityZone = "us-east-2a")]
        [AutoSnapshot("6:30")]
        public partial class Misconfigured;
        #endif
        """);

    /// <summary>No file-scoped namespace, no top-level statements, no nullable annotations, <c>{}</c> bodies.</summary>
    public static ConsumerSources CSharp7_3 { get; } = new(
        "Fleet.cs",
        """
        using System.Collections.Generic;
        using Fluent.Lightsail;
        using Fluent.Lightsail.Model;

        [assembly: TemplateDefaults(KeyPair = "deploy")]
        [assembly: Tag("cost-center", "platform")]

        namespace Consumer
        {
            public static class Fleet
            {
                public static IReadOnlyList<CreateInstancesRequest> Requests()
                {
                    return new[]
                    {
                        WebServer.Named("web-1", "web-2").WithTag("owner", "ann").Build(),
                        DevBox.Named("dev-1").InZone("eu-west-1a").WithoutAutoSnapshot().Build(),
                        Bare.Named("bare-1").InZone("us-east-1a").WithBlueprint(Blueprints.Debian12).WithBundle(Bundles.Micro3_0)
                            .WithIpAddressType("dualstack").WithUserData("#!/bin/bash\necho hi\n").Build(),
                    };
                }
            }

            [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0, AvailabilityZone = "us-east-2a")]
            [Tag("role", "web")]
            [AutoSnapshot("06:00")]
            [UserData("#!/bin/bash\napt-get install -y nginx\n")]
            public partial class WebServer {}

            [InstanceTemplate(Blueprint = Blueprints.Debian12, Bundle = Bundles.Micro3_0)]
            public partial class DevBox {}

            [InstanceTemplate]
            public partial class Bare {}
        }
        """,
        "Planted.cs",
        """
        #if PLANTED
        using Fluent.Lightsail;

        namespace Consumer
        {
            internal static class Planted
            {
                internal static void Use()
                {
                    var misconfigured = Misconfigured.Named("web-1").WithTag("owner", "ann#1").Build();
                    var missingZone = DevBox.Named("dev-1").Build(); // CS1061
                }
            }

            [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = "small_3_O", AvailabilityZone = "us-east-2a")]
            [AutoSnapshot("6:30")]
            public partial class Misconfigured {}
        }
        #endif
        """);

    /// <summary>The 1-based line and column where <paramref name="text"/> starts in the planted file.</summary>
    public (int Line, int Column) LocateInPlanted(string text)
    {
        var lines = PlantedText.Replace("\r\n", "\n").Split('\n');
        var found = lines.Select((line, index) => (Line: index + 1, Column: line.IndexOf(text, StringComparison.Ordinal) + 1))
            .Where(p => p.Column > 0)
            .ToList();
        return found.Count == 1 ? found[0] : throw new InvalidOperationException($"'{text}' occurs {found.Count} times in {PlantedFile}; expected once.");
    }
}
