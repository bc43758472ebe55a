using System.Collections.Immutable;
using Fluent.Lightsail.Reliability.Tests.Fuzzing;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Reliability.Tests.Determinism;

/// <summary>
/// A project whose output could depend on input order if the generator were careless: many templates over many files,
/// assembly defaults and tags, nested types, [UserDataFile] items, and AdditionalFiles that do not match (decoys).
/// </summary>
internal static class DeterminismInputs
{
    public static ImmutableArray<(string Path, string Source)> Sources { get; } =
    [
        .. TemplateCorpus.Seeds.Select((seed, i) => ($"/project/Templates/Seed{i}.cs", seed.Replace(TemplateCorpus.Placeholder, i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))),
        ("/project/Templates/FromFiles.cs", """
            using Fluent.Lightsail;
            namespace Order.Files;

            [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0, AvailabilityZone = "us-east-2a")]
            [UserDataFile("provision/web.sh")]
            public partial class WebFromFile;

            [InstanceTemplate(Blueprint = Blueprints.Debian12, Bundle = Bundles.Micro3_0, AvailabilityZone = "us-east-2b")]
            [UserDataFile("scripts/worker.sh")]
            [Tag("b", "2")] [Tag("a", "1")] [Tag("b", "3")]
            public partial record class WorkerFromFile;
            """),
        ("/project/Templates/Nested.cs", """
            using Fluent.Lightsail;
            namespace Order.Nested
            {
                public partial class Outer
                {
                    public partial class Middle
                    {
                        [InstanceTemplate(Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.LargeWin3_0)]
                        [UserData("<powershell>Get-Date</powershell>")]
                        internal partial class Inner;
                    }
                }
            }
            """),
    ];

    public static ImmutableArray<AdditionalText> AdditionalTexts { get; } =
    [
        new InMemoryAdditionalText("/project/provision/web.sh", "#!/bin/bash\napt-get install -y nginx\n"),
        new InMemoryAdditionalText("/project/scripts/worker.sh", "#!/bin/bash\necho worker \u00E9\u4E2D\n"),
        new InMemoryAdditionalText("/project/scripts/unused.sh", "#!/bin/bash\necho unused\n"),
        new InMemoryAdditionalText("/elsewhere/provision/web.sh", "#!/bin/bash\necho decoy outside the project\n"),
        new InMemoryAdditionalText("/project/readme.txt", "not a script"),
    ];

    public const string ProjectDirectory = "/project";
}
