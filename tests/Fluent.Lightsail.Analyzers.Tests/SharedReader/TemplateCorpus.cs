using System.Text;

namespace Fluent.Lightsail.Analyzers.Tests.SharedReader;

/// <summary>
/// Random but reproducible template sources: every DSL attribute in every argument form (positional, named, reordered,
/// constant expressions), with null, empty, whitespace and odd values next to valid ones, assembly defaults that the
/// templates override or inherit, tags that collide by key across and within levels, add-on variants and Windows
/// blueprints and bundles.
/// </summary>
internal static class TemplateCorpus
{
    public const string Namespace = "Corpus";

    /// <summary>The AdditionalFiles every batch has; <see cref="MissingScript"/> is not among them.</summary>
    public static readonly (string Path, string Text)[] Files =
    {
        ("scripts/linux.sh", "#!/bin/bash\napt-get install -y nginx\n"),
        ("scripts/windows.ps1", "<powershell>\nInstall-WindowsFeature Web-Server\n</powershell>\n"),
        ("scripts/empty.sh", ""),
    };

    public const string MissingScript = "scripts/missing.sh";

    private static readonly string[] Odd = { "null!", "\"\"", "\" \"", "\"\\t\"", "\"ünïcödé\"", "\"a\\\"b\"" };
    private static readonly string[] Zones = { "\"us-east-2a\"", "\"eu-west-1b\"", "\"us-east-2\"", "\"US-EAST-2A\"", "\"us-\" + \"east-2b\"" };
    private static readonly string[] Blueprints =
    {
        "Blueprints.Ubuntu24_04", "\"debian_12\"", "Blueprints.WindowsServer2022", "\"windows_server_2019\"", "\"amazon_linux_2023\"", "\"ubuntu\"",
    };

    private static readonly string[] Bundles = { "\"small_3_0\"", "Bundles.MicroWin3_0", "Bundles.NanoIpv6_3_0", "\"nano_win_ipv6_3_0\"", "\"small\"" };
    private static readonly string[] KeyPairs = { "\"deploy\"", "\"k e y\"", "\"dep\" + \"loy\"" };
    private static readonly string[] IpTypes = { "IpAddressTypes.Ipv4", "\"dualstack\"", "\"ipv6\"", "\"IPv4\"" };
    private static readonly string[] TagKeys = { "\"role\"", "\"team\"", "\"cost-center\"", "\"Role\"", "\"aws:x\"", "\"k#1\"", "\"\"", "\" \"", "null!" };
    private static readonly string[] TagValues = { "\"web\"", "\"\"", "\" v \"", "null!", "\"x\"", "\"platform\"" };
    private static readonly string[] Scripts =
    {
        "\"#!/bin/bash\\necho hi\\n\"", "\"<powershell>\\nWrite-Host hi\\n</powershell>\"", "\"\"", "\" \"", "null!",
    };

    private static readonly string[] SnapshotTimes = { "\"06:00\"", "\"6:30\"", "\"23:00\"", "\"06:15\"", "null!", "\"\"", "\" \"" };
    private static readonly string[] Thresholds = { "\"5\"", "\"50\"", "\"abc\"", "\"101\"", "\"\"", "null!" };
    private static readonly string[] Durations = { "\"30\"", "\"1h\"", "\"0\"", "\" \"", "null!" };

    private static readonly (string Property, string[] Valid)[] Properties =
    {
        ("AvailabilityZone", Zones), ("Blueprint", Blueprints), ("Bundle", Bundles), ("KeyPair", KeyPairs), ("IpAddressType", IpTypes),
    };

    /// <summary>One compilation's source: assembly defaults and <paramref name="count"/> templates named T0, T1, ….</summary>
    public static string Batch(Random random, int count)
    {
        var source = new StringBuilder("using Fluent.Lightsail;\n\n");
        if (random.Next(4) > 0)
        {
            source.Append("[assembly: TemplateDefaults(").Append(PropertyList(random, 0.5)).Append(")]\n");
        }

        for (var i = random.Next(4); i > 0; i--)
        {
            source.Append("[assembly: ").Append(Tag(random)).Append("]\n");
        }

        source.Append("\nnamespace ").Append(Namespace).Append(";\n\n");
        for (var i = 0; i < count; i++)
        {
            AppendTemplate(source, random, "T" + i);
        }

        return source.ToString();
    }

    private static void AppendTemplate(StringBuilder source, Random random, string name)
    {
        source.Append("[InstanceTemplate(").Append(PropertyList(random, 0.6)).Append(")]\n");
        for (var i = random.Next(5); i > 0; i--)
        {
            source.Append('[').Append(Tag(random)).Append("]\n");
        }

        switch (random.Next(12))
        {
            case 0:
            case 1:
            case 2:
                source.Append("[UserData(").Append(Named(random, "script", Pick(random, Scripts))).Append(")]\n");
                break;
            case 3:
                source.Append("[UserDataFile(\"").Append(Files[0].Path).Append("\")]\n");
                break;
            case 4:
                source.Append("[UserDataFile(path: \"").Append(Files[1].Path).Append("\")]\n");
                break;
            case 5:
                source.Append("[UserDataFile(\"").Append(Files[2].Path).Append("\")]\n");
                break;
            case 6 when random.Next(4) == 0:
                // No builder: the file is not an AdditionalFiles item (the analyzers report FLS9xxx).
                source.Append("[UserDataFile(\"").Append(MissingScript).Append("\")]\n");
                break;
            case 7 when random.Next(4) == 0:
                // No builder: two launch scripts.
                source.Append("[UserData(\"#!/bin/sh\")][UserDataFile(\"").Append(Files[0].Path).Append("\")]\n");
                break;
        }

        if (random.Next(3) == 0)
        {
            source.Append("[AutoSnapshot(").Append(Named(random, "timeOfDay", Pick(random, SnapshotTimes))).Append(")]\n");
        }

        if (random.Next(4) == 0)
        {
            var threshold = Pick(random, Thresholds);
            var duration = Pick(random, Durations);
            source.Append(random.Next(3) == 0
                ? $"[StopInstanceOnIdle(duration: {duration}, threshold: {threshold})]\n"
                : $"[StopInstanceOnIdle({threshold}, {duration})]\n");
        }

        source.Append(random.Next(5) == 0 ? "public sealed partial class " : "public partial class ").Append(name).Append(";\n\n");
    }

    /// <summary>A random subset of the template properties, each valid, odd or deliberately empty.</summary>
    private static string PropertyList(Random random, double chance)
    {
        var parts = new List<string>();
        foreach (var (property, valid) in Properties)
        {
            if (random.NextDouble() < chance)
            {
                parts.Add(property + " = " + (random.Next(5) == 0 ? Pick(random, Odd) : Pick(random, valid)));
            }
        }

        Shuffle(random, parts);
        return string.Join(", ", parts);
    }

    private static string Tag(Random random)
    {
        var key = random.Next(6) == 0 ? Pick(random, Odd) : Pick(random, TagKeys);
        return random.Next(6) switch
        {
            0 => $"Tag({key})",
            1 => $"Tag(key: {key})",
            2 => $"Tag(value: {Pick(random, TagValues)}, key: {key})",
            _ => $"Tag({key}, {Pick(random, TagValues)})",
        };
    }

    private static string Named(Random random, string parameter, string value) => random.Next(3) == 0 ? parameter + ": " + value : value;

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static void Shuffle(Random random, List<string> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
