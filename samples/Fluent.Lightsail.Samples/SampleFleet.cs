using Fluent.Lightsail.Model;
using Fluent.Lightsail.Samples.Templates;

namespace Fluent.Lightsail.Samples;

/// <summary>What the sample creates: three templates, three builder chains.</summary>
internal static class SampleFleet
{
    public static IReadOnlyList<(string Title, CreateInstancesRequest Request)> Requests(string owner) =>
    [
        ("web servers", WebServer.Named("web-1", "web-2").WithTag("owner", owner).Build()),
        ("windows server", WindowsServer.Named("iis-1").Build()),
        ("dev box", DevBox.Named("dev-" + owner).InZone("us-east-1c").WithBundle(Bundles.Small3_0).Build()),
    ];

    /// <summary>A name part made of what instance names allow, so any user name gives a valid instance name.</summary>
    public static string OwnerFrom(string? userName)
    {
        var cleaned = new string((userName ?? string.Empty).Where(c => char.IsAsciiLetterOrDigit(c)).ToArray()).ToLowerInvariant();
        return cleaned.Length >= 2 ? cleaned : "sample";
    }
}
