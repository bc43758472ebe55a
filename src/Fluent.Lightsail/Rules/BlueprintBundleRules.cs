namespace Fluent.Lightsail.Rules;

/// <summary>Rules B1, B7, U1, U3 and U4 on <c>blueprintId</c> and <c>bundleId</c>.</summary>
public static class BlueprintBundleRules
{
    /// <summary>B1 (required, not blank) and B7 (unknown IDs warn with the closest known one).</summary>
    public static void CheckBlueprint(string? blueprintId, string member, IRuleSink sink)
    {
        if (AsciiText.IsNullOrWhiteSpace(blueprintId))
        {
            sink.Report(new RuleViolation(
                RuleIds.BlueprintMissing,
                RuleSeverity.Error,
                member,
                blueprintId,
                $"Blueprint ID {RuleText.Quote(blueprintId)} is blank; CreateInstances needs a blueprint (rule B1). Use one of the Blueprints constants, such as 'ubuntu_24_04'.",
                RuleText.Fix("B1", Blueprints.Ubuntu24_04)));
        }
        else if (!CatalogIds.IsKnownBlueprint(blueprintId))
        {
            var closest = EditDistance.Closest(blueprintId!, Blueprints.All);
            sink.Report(new RuleViolation(
                RuleIds.UnknownBlueprint,
                RuleSeverity.Warning,
                member,
                blueprintId,
                $"Blueprint ID {RuleText.Quote(blueprintId)} is not a known blueprint (rule B7); the closest known one is '{closest}'. Use it, or check the ID with GetBlueprints.",
                RuleText.Fix("B7", closest)));
        }
    }

    /// <summary>U1 (required, not blank) and U3 (unknown IDs warn with the closest known one).</summary>
    public static void CheckBundle(string? bundleId, string member, IRuleSink sink)
    {
        if (AsciiText.IsNullOrWhiteSpace(bundleId))
        {
            sink.Report(new RuleViolation(
                RuleIds.BundleMissing,
                RuleSeverity.Error,
                member,
                bundleId,
                $"Bundle ID {RuleText.Quote(bundleId)} is blank; CreateInstances needs a bundle (rule U1). Use one of the Bundles constants, such as 'small_3_0'.",
                RuleText.Fix("U1", Bundles.Small3_0)));
        }
        else if (!CatalogIds.IsKnownBundle(bundleId))
        {
            var closest = EditDistance.Closest(bundleId!, Bundles.All);
            sink.Report(new RuleViolation(
                RuleIds.UnknownBundle,
                RuleSeverity.Warning,
                member,
                bundleId,
                $"Bundle ID {RuleText.Quote(bundleId)} is not a known bundle (rule U3); the closest known one is '{closest}'. Use it, or check the ID with GetBundles.",
                RuleText.Fix("U3", closest)));
        }
    }

    /// <summary>
    /// U4: a Windows bundle only with a Windows blueprint and the reverse. An error when both IDs are in the catalogue,
    /// a warning when the platforms come from the name heuristics alone. Reported on <paramref name="bundleMember"/>.
    /// </summary>
    public static void CheckPlatformPairing(string? blueprintId, string? bundleId, string bundleMember, IRuleSink sink)
        => CheckPlatformPairing(blueprintId, bundleId, CatalogIds.BlueprintPlatform(blueprintId), CatalogIds.BundlePlatform(bundleId), bundleMember, sink);

    /// <summary>U4 with the two platforms already worked out (the cross-field rules share them).</summary>
    internal static void CheckPlatformPairing(
        string? blueprintId, string? bundleId, Platform blueprintPlatform, Platform bundlePlatform, string bundleMember, IRuleSink sink)
    {
        if (blueprintPlatform == Platform.Unknown || bundlePlatform == Platform.Unknown || blueprintPlatform == bundlePlatform)
        {
            return;
        }

        var known = CatalogIds.IsKnownBlueprint(blueprintId) && CatalogIds.IsKnownBundle(bundleId);
        var replacement = CatalogIds.BundleForPlatform(bundleId!, blueprintPlatform);
        var wanted = blueprintPlatform == Platform.Windows ? "a Windows (_win_) bundle" : "a Linux/Unix bundle (without _win)";
        sink.Report(new RuleViolation(
            known ? RuleIds.PlatformMismatch : RuleIds.PlatformMismatchLikely,
            known ? RuleSeverity.Error : RuleSeverity.Warning,
            bundleMember,
            bundleId,
            $"Bundle {RuleText.Quote(bundleId)} is for {Describe(bundlePlatform)} but blueprint {RuleText.Quote(blueprintId)} is {Describe(blueprintPlatform)}; " +
            $"a bundle must match its blueprint's platform (rule U4). Use {wanted}" + (replacement is null ? "." : $", such as '{replacement}'."),
            RuleText.Fix("U4", replacement)));
    }

    private static string Describe(Platform platform) => platform == Platform.Windows ? "Windows" : "Linux/Unix";
}
