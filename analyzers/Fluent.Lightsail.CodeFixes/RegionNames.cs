using System.Collections.Generic;
using System.Linq;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Where each Lightsail region is, for the titles of zone choices ("Use 'ap-southeast-2b' (Sydney)"): another region is a
/// decision about where instances run, so the light bulb says where, and offers the closest spellings side by side.
/// </summary>
internal static class RegionNames
{
    private const int Offered = 3;

    private static readonly Dictionary<string, string> Places = new(System.StringComparer.Ordinal)
    {
        ["us-east-1"] = "N. Virginia",
        ["us-east-2"] = "Ohio",
        ["us-west-1"] = "N. California",
        ["us-west-2"] = "Oregon",
        ["eu-west-1"] = "Ireland",
        ["eu-west-2"] = "London",
        ["eu-west-3"] = "Paris",
        ["eu-central-1"] = "Frankfurt",
        ["eu-north-1"] = "Stockholm",
        ["eu-south-2"] = "Spain",
        ["ca-central-1"] = "Canada Central",
        ["ap-east-1"] = "Hong Kong",
        ["ap-south-1"] = "Mumbai",
        ["ap-southeast-1"] = "Singapore",
        ["ap-southeast-2"] = "Sydney",
        ["ap-southeast-3"] = "Jakarta",
        ["ap-southeast-5"] = "Malaysia",
        ["ap-northeast-1"] = "Tokyo",
        ["ap-northeast-2"] = "Seoul",
        ["sa-east-1"] = "São Paulo",
    };

    /// <summary>The region's place name, or the region itself for one this list does not know.</summary>
    public static string Place(string region) => Places.TryGetValue(region, out var place) ? place : region;

    /// <summary>The served regions closest in spelling to <paramref name="region"/>, nearest first (ties in catalogue order).</summary>
    public static IEnumerable<string> Closest(string region)
        => Regions.All
            .Where(candidate => candidate != AvailabilityZoneRules.RegionNotServed)
            .Select((candidate, order) => (candidate, order, distance: EditDistance.Between(region, candidate)))
            .OrderBy(c => c.distance)
            .ThenBy(c => c.order)
            .Take(Offered)
            .Select(c => c.candidate);
}
