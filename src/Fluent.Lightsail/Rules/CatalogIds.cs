using System;
using System.Collections.Generic;
using System.Linq;

namespace Fluent.Lightsail.Rules;

/// <summary>
/// What a blueprint or bundle ID says about itself. The authoritative answers come from GetBlueprints/GetBundles at
/// run time; these heuristics are the ones the rules reference names (B8, U3, U4, P3, U10).
/// </summary>
public static class CatalogIds
{
    // Sets, because Enumerable.Contains with a comparer walks the list through an enumerator it allocates, on every check.
    private static readonly CatalogIdSet KnownBlueprints = new(Blueprints.All);
    private static readonly CatalogIdSet KnownBundles = new(Bundles.All);

    /// <summary>Whether the blueprint is in the catalogue snapshot (B7).</summary>
    public static bool IsKnownBlueprint(string? blueprintId) => blueprintId != null && KnownBlueprints.Contains(blueprintId);

    /// <summary>Whether the bundle is in the catalogue snapshot (U3, U9).</summary>
    public static bool IsKnownBundle(string? bundleId) => bundleId != null && KnownBundles.Contains(bundleId);

    /// <summary>B8: a blueprint ID starting with <c>windows_</c> is WINDOWS; any other non-blank ID is LINUX_UNIX.</summary>
    public static Platform BlueprintPlatform(string? blueprintId)
    {
        if (AsciiText.IsNullOrWhiteSpace(blueprintId))
        {
            return Platform.Unknown;
        }

        return blueprintId!.StartsWith("windows_", StringComparison.Ordinal) ? Platform.Windows : Platform.LinuxUnix;
    }

    /// <summary>U4: a bundle ID with a <c>_win</c> segment is WINDOWS; any other non-blank ID is LINUX_UNIX.</summary>
    public static Platform BundlePlatform(string? bundleId)
    {
        if (AsciiText.IsNullOrWhiteSpace(bundleId))
        {
            return Platform.Unknown;
        }

        return HasSegment(bundleId!, "win") ? Platform.Windows : Platform.LinuxUnix;
    }

    /// <summary>The instance's platform: the blueprint decides (it is the image); the bundle only when there is no blueprint.</summary>
    public static Platform InstancePlatform(string? blueprintId, string? bundleId)
    {
        var platform = BlueprintPlatform(blueprintId);
        return platform != Platform.Unknown ? platform : BundlePlatform(bundleId);
    }

    /// <summary>P3/U5: an IPv6-only bundle has an <c>ipv6</c> segment, such as <c>nano_ipv6_3_0</c>.</summary>
    public static bool IsIpv6OnlyBundle(string? bundleId) => bundleId != null && HasSegment(bundleId, "ipv6");

    /// <summary>
    /// O9/U10 heuristic: Lightsail for Research is not visible in an ID, so an ID counts as LfR when it starts with
    /// <c>lfr_</c>, <c>app_</c> or <c>gpu_</c> (the LfR bundle families) or has an <c>lfr</c> segment.
    /// </summary>
    public static bool LooksLikeResearch(string? id)
    {
        if (id is null)
        {
            return false;
        }

        var lower = id.ToLowerInvariant();
        return lower.StartsWith("lfr_", StringComparison.Ordinal)
            || lower.StartsWith("app_", StringComparison.Ordinal)
            || lower.StartsWith("gpu_", StringComparison.Ordinal)
            || HasSegment(lower, "lfr");
    }

    /// <summary>The same bundle for the other platform, if the catalogue has it (nano_3_0 ⇄ nano_win_3_0).</summary>
    public static string? BundleForPlatform(string bundleId, Platform platform)
    {
        var segments = bundleId.Split('_').ToList();
        var isWindows = segments.Contains("win");
        if (platform == Platform.Windows && !isWindows && segments.Count > 1)
        {
            segments.Insert(1, "win");
        }
        else if (platform == Platform.LinuxUnix && isWindows)
        {
            segments.Remove("win");
        }

        var candidate = string.Join("_", segments);
        return candidate != bundleId && IsKnownBundle(candidate) ? candidate : null;
    }

    /// <summary>The same bundle with or without the ipv6 segment, if the catalogue has it (nano_3_0 ⇄ nano_ipv6_3_0).</summary>
    public static string? BundleForIpv6(string bundleId, bool ipv6Only)
    {
        var segments = bundleId.Split('_').ToList();
        var isIpv6 = segments.Contains("ipv6");
        if (ipv6Only && !isIpv6 && segments.Count > 2)
        {
            // After the size and an optional "win": nano_ipv6_3_0, nano_win_ipv6_3_0.
            segments.Insert(segments[1] == "win" ? 2 : 1, "ipv6");
        }
        else if (!ipv6Only && isIpv6)
        {
            segments.Remove("ipv6");
        }

        var candidate = string.Join("_", segments);
        return candidate != bundleId && IsKnownBundle(candidate) ? candidate : null;
    }

    // Without Split: this runs several times on every validated request, and a split allocates an array and a string
    // per segment. The segments asked about have no '_', so a segment is an occurrence with '_' or an end on each side;
    // the (vectorised) search usually answers "none" at once.
    private static bool HasSegment(string id, string segment)
    {
        var at = id.IndexOf(segment, StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + segment.Length;
            if ((at == 0 || id[at - 1] == '_') && (end == id.Length || id[end] == '_'))
            {
                return true;
            }

            at = id.IndexOf(segment, at + 1, StringComparison.Ordinal);
        }

        return false;
    }
}
