using Fluent.Lightsail.Model;
using Fluent.Lightsail.Samples.Templates;

namespace Fluent.Lightsail.Samples;

/// <summary>One builder chain of the sample: its request (for display) and its generated <c>CreateAsync</c>.</summary>
internal sealed record FleetEntry(string Title, CreateInstancesRequest Request, Func<ILightsailClient, CancellationToken, Task<CreatedInstances>> CreateAsync);

/// <summary>What the sample creates: three templates, three builder chains.</summary>
internal static class SampleFleet
{
    public static IReadOnlyList<FleetEntry> Entries(string owner)
    {
        var webServers = WebServer.Named("web-1", "web-2").WithTag("owner", owner);
        var windowsServer = WindowsServer.Named("iis-1");
        var devBox = DevBox.Named("dev-" + owner).InZone("us-east-1c").WithBundle(Bundles.Small3_0);
        return
        [
            new("web servers", webServers.Build(), webServers.CreateAsync),
            new("windows server", windowsServer.Build(), windowsServer.CreateAsync),
            new("dev box", devBox.Build(), devBox.CreateAsync),
        ];
    }

    /// <summary>A name part made of what instance names allow, so any user name gives a valid instance name.</summary>
    public static string OwnerFrom(string? userName)
    {
        var cleaned = new string((userName ?? string.Empty).Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        return cleaned.Length >= 2 ? cleaned : "sample";
    }
}
