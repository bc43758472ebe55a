using System;
using System.Linq;

namespace Fluent.Lightsail.Rules;

/// <summary>Rules A2-A5 on <c>availabilityZone</c>.</summary>
public static class AvailabilityZoneRules
{
    /// <summary>In the RegionName enum since 2016, but not a Region Lightsail runs in (A5).</summary>
    public const string RegionNotServed = "us-west-1";

    // The regions Lightsail runs in, asked about the zone's region in place (no Substring) on every check.
    private static readonly CatalogIdSet ServedRegionSet = new(ServedRegions);

    /// <summary>Checks the zone's shape (A2/A3), its case (A2), its region (A4) and us-west-1 (A5).</summary>
    public static void Check(string? zone, string member, IRuleSink sink)
    {
        if (zone is null || !HasZoneShape(zone))
        {
            var lower = zone?.ToLowerInvariant();
            if (zone != null && lower != null && HasZoneShape(lower))
            {
                sink.Report(new RuleViolation(
                    RuleIds.AvailabilityZoneCase,
                    RuleSeverity.Error,
                    member,
                    zone,
                    $"Availability zone {RuleText.Quote(zone)} is not lower-case; zone names are case-sensitive (rule A2). Use {RuleText.Quote(lower)}.",
                    RuleText.Fix("A2", lower)));
                Check(lower, member, new RegionOnlySink(sink, zone));
                return;
            }

            var suggestion = SuggestZone(zone);
            sink.Report(new RuleViolation(
                RuleIds.AvailabilityZoneFormat,
                RuleSeverity.Error,
                member,
                zone,
                $"Availability zone {RuleText.Quote(zone)} is not a region name followed by one lower-case letter, such as 'us-east-2a' (rule A2/A3). " +
                (suggestion is null ? "Use a zone such as 'us-east-2a'." : $"Did you mean {RuleText.Quote(suggestion)}?"),
                RuleText.Fix("A3", suggestion)));
            return;
        }

        if (IsServedZone(zone))
        {
            // The common case, checked without cutting the region out of the zone.
            return;
        }

        var region = zone.Substring(0, zone.Length - 1);
        var letter = zone[zone.Length - 1];
        if (!Regions.All.Contains(region, StringComparer.Ordinal))
        {
            var closest = EditDistance.Closest(region, ServedRegions) + letter;
            sink.Report(new RuleViolation(
                RuleIds.UnknownRegion,
                RuleSeverity.Error,
                member,
                zone,
                $"Availability zone {RuleText.Quote(zone)} is in region '{region}', which is not a Lightsail region (rule A4). Did you mean {RuleText.Quote(closest)}?",
                RuleText.Fix("A4", closest)));
        }
        else if (region == RegionNotServed)
        {
            var replacement = "us-west-2" + letter;
            sink.Report(new RuleViolation(
                RuleIds.RegionNotServed,
                RuleSeverity.Warning,
                member,
                zone,
                $"Availability zone {RuleText.Quote(zone)} is in us-west-1, which is in Lightsail's region list but not a region Lightsail runs in (rule A5). Use a zone such as {RuleText.Quote(replacement)}.",
                RuleText.Fix("A5", replacement)));
        }
    }

    /// <summary>Whether the zone's region (all but its last letter) is a region Lightsail runs in.</summary>
    private static bool IsServedZone(string zone) => ServedRegionSet.ContainsPrefix(zone, zone.Length - 1);

    private static System.Collections.Generic.IEnumerable<string> ServedRegions => Regions.All.Where(region => region != RegionNotServed);

    /// <summary>A3 with ASCII classes: <c>^[a-z]{2}-[a-z]+-[0-9][a-z]$</c>.</summary>
    internal static bool HasZoneShape(string zone)
    {
        // "aa-b-1c" is the shortest shape.
        if (zone.Length < 7 || !AsciiText.IsLower(zone[0]) || !AsciiText.IsLower(zone[1]) || zone[2] != '-')
        {
            return false;
        }

        var i = 3;
        while (i < zone.Length && AsciiText.IsLower(zone[i]))
        {
            i++;
        }

        return i > 3
            && i == zone.Length - 3
            && zone[i] == '-'
            && AsciiText.IsDigit(zone[i + 1])
            && AsciiText.IsLower(zone[i + 2]);
    }

    /// <summary>A zone for a value that is a bare region ("us-east-2" → "us-east-2a"), or nothing.</summary>
    private static string? SuggestZone(string? zone)
    {
        if (zone is null)
        {
            return null;
        }

        var trimmed = zone.Trim().ToLowerInvariant();
        if (Regions.All.Contains(trimmed, StringComparer.Ordinal) && trimmed != RegionNotServed)
        {
            return trimmed + "a";
        }

        return trimmed != zone && HasZoneShape(trimmed) ? trimmed : null;
    }

    /// <summary>Passes on region findings for the lower-cased zone, reporting the value as the user wrote it.</summary>
    private sealed class RegionOnlySink : IRuleSink
    {
        private readonly IRuleSink _inner;
        private readonly string _original;

        public RegionOnlySink(IRuleSink inner, string original)
        {
            _inner = inner;
            _original = original;
        }

        public void Report(RuleViolation violation)
            => _inner.Report(new RuleViolation(violation.RuleId, violation.Severity, violation.Member, _original, violation.Message, violation.FixData));
    }
}
