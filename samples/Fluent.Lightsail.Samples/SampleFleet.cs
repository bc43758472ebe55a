using Fluent.Lightsail.Samples.Templates;

namespace Fluent.Lightsail.Samples;

/// <summary>One builder chain of the sample: its final stage plans, ensures and waits for the instances it names.</summary>
internal sealed record FleetEntry(string Title, InstanceBuilder Builder);

/// <summary>What the sample provisions: three templates, three builder chains.</summary>
internal static class SampleFleet
{
    public static IReadOnlyList<FleetEntry> Entries(string owner) =>
    [
        new("web servers", WebServer.Named("web-1", "web-2").WithTag("owner", owner)),
        new("windows server", WindowsServer.Named("iis-1")),
        new("dev box", DevBox.Named("dev-" + owner).InZone("us-east-1c").WithBundle(Bundles.Small3_0)),
    ];

    /// <summary>A name part made of what instance names allow, so any user name gives a valid instance name.</summary>
    public static string OwnerFrom(string? userName)
    {
        var cleaned = new string((userName ?? string.Empty).Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        return cleaned.Length >= 2 ? cleaned : "sample";
    }
}
