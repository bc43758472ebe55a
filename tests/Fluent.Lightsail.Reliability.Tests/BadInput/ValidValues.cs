using System.Text;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Reliability.Tests.BadInput;

/// <summary>Random values every rule accepts: the raw material of invalid cases and the control group.</summary>
internal static class ValidValues
{
    private const string Alphanumeric = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string NameInner = Alphanumeric + ".-_";
    private const string TagCharacters = Alphanumeric + " +-=._:/@";

    public static string Name(Random random, int minLength = 2, int maxLength = 40)
    {
        var length = random.Next(minLength, maxLength + 1);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            var pool = i == 0 || i == length - 1 ? Alphanumeric : NameInner;
            builder.Append(pool[random.Next(pool.Length)]);
        }

        return builder.ToString();
    }

    public static IReadOnlyList<string?> Names(Random random) =>
        Enumerable.Range(0, random.Next(1, 6)).Select(i => (string?)(Name(random) + "-" + i)).ToList();

    /// <summary>A key with letters of other scripts too (G5 allows Unicode letters, digits and separators); never "aws:".</summary>
    public static string TagKey(Random random, int maxLength = 20)
    {
        var length = random.Next(1, maxLength + 1);
        var builder = new StringBuilder("k");
        while (builder.Length < length)
        {
            builder.Append(random.Next(10) == 0 ? "é中ß"[random.Next(3)] : TagCharacters[random.Next(TagCharacters.Length)]);
        }

        return builder.ToString();
    }

    public static string? TagValue(Random random) => random.Next(4) == 0 ? null : random.Next(5) == 0 ? string.Empty : TagKey(random, 30);

    public static IReadOnlyList<(string Key, string? Value)> Tags(Random random, int count) =>
        Enumerable.Range(0, count).Select(i => (TagKey(random) + "-" + i, TagValue(random))).ToList();

    public static string Zone(Random random)
    {
        var served = Regions.All.Where(region => region != Regions.UsWest1).ToList();
        return served[random.Next(served.Count)] + "abcdef"[random.Next(6)];
    }

    public static string SnapshotTime(Random random) => random.Next(24).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ":00";

    public static string LinuxBlueprint(Random random) => Blueprints.Linux[random.Next(Blueprints.Linux.Count)];

    public static string LinuxBundle(Random random)
    {
        var bundles = Bundles.All.Where(b => !b.Contains("_win", StringComparison.Ordinal) && !b.Contains("_ipv6", StringComparison.Ordinal)).ToList();
        return bundles[random.Next(bundles.Count)];
    }

    public static string Ipv6LinuxBundle(Random random)
    {
        var bundles = Bundles.All.Where(b => !b.Contains("_win", StringComparison.Ordinal) && b.Contains("_ipv6", StringComparison.Ordinal)).ToList();
        return bundles[random.Next(bundles.Count)];
    }

    public static string WindowsBundle(Random random)
    {
        var bundles = Bundles.All.Where(b => b.Contains("_win", StringComparison.Ordinal) && !b.Contains("_ipv6", StringComparison.Ordinal)).ToList();
        return bundles[random.Next(bundles.Count)];
    }

    public static string WindowsBlueprint(Random random) => Blueprints.Windows[random.Next(Blueprints.Windows.Count)];

    /// <summary>A request every rule accepts, varying every member the rules look at.</summary>
    public static RequestValues Request(Random random)
    {
        var ipv6 = random.Next(4) == 0;
        return new RequestValues
        {
            Names = Names(random),
            Zone = Zone(random),
            Blueprint = LinuxBlueprint(random),
            Bundle = ipv6 ? Ipv6LinuxBundle(random) : LinuxBundle(random),
            KeyPair = random.Next(2) == 0 ? null : Name(random),
            UserData = random.Next(3) == 0 ? "#!/bin/bash\necho " + Name(random) : null,
            Tags = Tags(random, random.Next(0, 51)),
            AutoSnapshot = random.Next(2) == 0,
            SnapshotTime = SnapshotTime(random),
            IpAddressType = ipv6 ? "ipv6" : new[] { null, "dualstack", "ipv4" }[random.Next(3)],
        };
    }
}
