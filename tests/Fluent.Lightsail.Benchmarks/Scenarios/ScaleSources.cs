using System.Text;

namespace Fluent.Lightsail.Benchmarks.Scenarios;

/// <summary>
/// The source files of a user project with N templates, generated like scripts/scale.cs does, but with a mix of
/// shapes so that every generator path runs: fixed and open zone, one or two tags, AutoSnapshot, inline user data,
/// a user data file, a key pair, an IP address type, and assembly defaults every template inherits.
/// </summary>
internal static class ScaleSources
{
    public const string ProjectDirectory = "/scale";

    public const string UserDataFilePath = ProjectDirectory + "/provision/setup.sh";

    public const string UserDataFileText = "#!/bin/bash\napt-get update\napt-get install -y nginx\n";

    public const string DefaultsPath = ProjectDirectory + "/Defaults.cs";

    public const string Defaults = """
        [assembly: Fluent.Lightsail.TemplateDefaults(KeyPair = "deploy")]
        [assembly: Fluent.Lightsail.Tag("cost-center", "platform")]
        """;

    public const string HelpersPath = ProjectDirectory + "/Helpers.cs";

    /// <summary>A file no template depends on; the unrelated edit changes a method body in it.</summary>
    public const string Helpers = """
        namespace Scale.Other;

        public static class Helpers
        {
            public static int Two() => 2;
        }
        """;

    public const string HelpersEdited = """
        namespace Scale.Other;

        public static class Helpers
        {
            public static int Two() { return 1 + 1; }
        }
        """;

    private static readonly string[] Zones = ["us-east-1a", "us-east-2b", "eu-west-1c", "ap-south-1a"];
    private static readonly string[] Blueprints = ["ubuntu_24_04", "debian_12", "amazon_linux_2023", "alma_linux_9"];
    private static readonly string[] Bundles = ["nano_3_0", "micro_3_0", "small_3_0", "medium_3_0"];

    public static string TemplatePath(int index) => $"{ProjectDirectory}/Templates/Template{index}.cs";

    public static string CallSitesPath(int group) => $"{ProjectDirectory}/CallSites/CallSites{group}.cs";

    /// <summary>Every third template leaves the zone open, so its builder has the InZone step.</summary>
    public static bool HasOpenZone(int index) => index % 3 == 0;

    public static string Template(int index, string? bundle = null)
    {
        var values = new StringBuilder($"Blueprint = \"{Blueprints[index % 4]}\", Bundle = \"{bundle ?? Bundles[index % 4]}\"");
        if (!HasOpenZone(index))
        {
            values.Append($", AvailabilityZone = \"{Zones[index % 4]}\"");
        }

        if (index % 7 == 0)
        {
            values.Append(", KeyPair = \"ops-key\"");
        }

        if (index % 11 == 0)
        {
            values.Append(", IpAddressType = IpAddressTypes.Dualstack");
        }

        var source = new StringBuilder();
        source.AppendLine("using Fluent.Lightsail;");
        source.AppendLine();
        source.AppendLine($"namespace Scale.Group{index % 10};");
        source.AppendLine();
        source.AppendLine($"[InstanceTemplate({values})]");
        source.AppendLine($"[Tag(\"template\", \"t{index}\")]");
        if (index % 2 == 1)
        {
            source.AppendLine("[Tag(\"tier\", \"batch\")]");
        }
        else
        {
            source.AppendLine("[AutoSnapshot(\"06:00\")]");
        }

        if (index % 5 == 1)
        {
            source.AppendLine($"[UserData(\"#!/bin/bash\\necho t{index} > /etc/motd\\n\")]");
        }
        else if (index % 50 == 3)
        {
            source.AppendLine("[UserDataFile(\"provision/setup.sh\")]");
        }

        source.AppendLine($"public partial class Template{index};");
        return source.ToString();
    }

    /// <summary>One builder chain per template, in ten files, so that the call-site analyzer has work in proportion.</summary>
    public static IEnumerable<(string Path, string Text)> CallSites(int templates)
    {
        var groups = Math.Min(10, templates);
        for (var group = 0; group < groups; group++)
        {
            var calls = new StringBuilder();
            for (var index = group; index < templates; index += groups)
            {
                var names = index % 4 == 0 ? $"\"n{index}-a\", \"n{index}-b\"" : $"\"n{index}-a\"";
                var zone = HasOpenZone(index) ? $".InZone(\"{Zones[index % 4]}\")" : string.Empty;
                calls.AppendLine($"        _ = global::Scale.Group{index % 10}.Template{index}.Named({names}){zone}.WithTag(\"owner\", \"scale\").Build();");
            }

            yield return (CallSitesPath(group), $$"""
                namespace Scale.Calls;

                public static class CallSites{{group}}
                {
                    public static void BuildAll()
                    {
                {{calls}}    }
                }
                """);
        }
    }
}
