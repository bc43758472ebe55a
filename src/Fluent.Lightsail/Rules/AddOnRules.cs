using System.Globalization;
using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Rules;

/// <summary>Rules O2, O3, O7, O9 and O10 on <c>addOns</c>.</summary>
public static class AddOnRules
{
    /// <summary>Member names of the add-ons, in the request's JSON spelling.</summary>
    public const string AutoSnapshotMember = RequestMembers.Json.AutoSnapshot;

    /// <summary>The snapshot time member.</summary>
    public const string SnapshotTimeMember = RequestMembers.Json.SnapshotTime;

    /// <summary>The StopInstanceOnIdle member.</summary>
    public const string StopInstanceOnIdleMember = RequestMembers.Json.StopInstanceOnIdle;

    /// <summary>The threshold member.</summary>
    public const string ThresholdMember = RequestMembers.Json.Threshold;

    /// <summary>The duration member.</summary>
    public const string DurationMember = RequestMembers.Json.Duration;

    /// <summary>
    /// O2 (HH:MM, hour 00-23) and O3 (on the hour). <see langword="null"/> lets Lightsail pick the Region's default
    /// time (O5) and is fine. Fix data is the hour rounded down, as HH:00.
    /// </summary>
    public static void CheckSnapshotTime(string? timeOfDay, string member, IRuleSink sink)
    {
        if (timeOfDay is null)
        {
            return;
        }

        if (IsStrictlyOnTheHour(timeOfDay))
        {
            // The common case, without the substrings and the replacement text the messages need.
            return;
        }

        var hour = ParseHour(timeOfDay, out var strict, out var minutes);
        var replacement = hour is null ? null : hour.Value.ToString("00", CultureInfo.InvariantCulture) + ":00";
        if (!strict)
        {
            sink.Report(new RuleViolation(
                RuleIds.SnapshotTimeFormat,
                RuleSeverity.Error,
                member,
                timeOfDay,
                $"Snapshot time {RuleText.Quote(timeOfDay)} is not HH:00 in UTC with HH from 00 to 23 (rule O2). " +
                (replacement is null ? "Use a time such as '06:00'." : $"Use '{replacement}'."),
                RuleText.Fix("O2", replacement)));
        }
        else if (minutes != 0)
        {
            sink.Report(new RuleViolation(
                RuleIds.SnapshotTimeNotOnHour,
                RuleSeverity.Error,
                member,
                timeOfDay,
                $"Snapshot time {RuleText.Quote(timeOfDay)} is not on the hour; Lightsail takes snapshots in hourly increments, HH:00 (rule O3). Use '{replacement}'.",
                RuleText.Fix("O3", replacement)));
        }
    }

    /// <summary>O7: automatic snapshots are for Linux/Unix instances; reported when the blueprint or the bundle is Windows.</summary>
    public static void CheckAutoSnapshotPlatform(string? blueprintId, string? bundleId, string member, IRuleSink sink)
        => CheckAutoSnapshotPlatform(blueprintId, bundleId, CatalogIds.BlueprintPlatform(blueprintId), CatalogIds.BundlePlatform(bundleId), member, sink);

    /// <summary>O7 with the two platforms already worked out (the cross-field rules share them).</summary>
    internal static void CheckAutoSnapshotPlatform(
        string? blueprintId, string? bundleId, Platform blueprintPlatform, Platform bundlePlatform, string member, IRuleSink sink)
    {
        if (blueprintPlatform == Platform.Windows || bundlePlatform == Platform.Windows)
        {
            var windowsId = blueprintPlatform == Platform.Windows ? blueprintId : bundleId;
            sink.Report(new RuleViolation(
                RuleIds.AutoSnapshotOnWindows,
                RuleSeverity.Warning,
                member,
                windowsId,
                $"AutoSnapshot is requested for a Windows instance ({RuleText.Quote(windowsId)}), but automatic snapshots are supported for Linux/Unix instances only (rule O7). " +
                "Remove the AutoSnapshot add-on and take manual snapshots.",
                RuleText.Removal("O7")));
        }
    }

    /// <summary>
    /// O9: StopInstanceOnIdle is for Lightsail for Research only. LfR cannot be told from IDs for sure, so this warns
    /// unless the blueprint or bundle ID looks like an LfR one (<see cref="CatalogIds.LooksLikeResearch"/>).
    /// </summary>
    public static void CheckStopInstanceOnIdleScope(string? blueprintId, string? bundleId, string member, IRuleSink sink)
    {
        if (!CatalogIds.LooksLikeResearch(blueprintId) && !CatalogIds.LooksLikeResearch(bundleId))
        {
            sink.Report(new RuleViolation(
                RuleIds.StopOnIdleOutsideResearch,
                RuleSeverity.Warning,
                member,
                bundleId ?? blueprintId,
                $"StopInstanceOnIdle is requested with bundle {RuleText.Quote(bundleId)} and blueprint {RuleText.Quote(blueprintId)}, which do not look like Lightsail for Research IDs; " +
                "the add-on exists only for Lightsail for Research (rule O9). Remove it, or use a Lightsail for Research bundle and blueprint.",
                RuleText.Removal("O9")));
        }
    }

    /// <summary>O10: threshold (CPU %) and duration (minutes) are numbers sent as strings.</summary>
    public static void CheckStopInstanceOnIdleValues(string? threshold, string? duration, string thresholdMember, string durationMember, IRuleSink sink)
    {
        CheckThreshold(threshold, thresholdMember, sink);
        CheckDuration(duration, durationMember, sink);
    }

    /// <summary>O10: the threshold is a number; outside 0-100 (it is a CPU percentage) is info.</summary>
    public static void CheckThreshold(string? threshold, string member, IRuleSink sink)
    {
        if (!TryParseNumber(threshold, out var percent))
        {
            ReportNotNumeric(threshold, "threshold", "a CPU percentage such as '5'", member, sink);
        }
        else if (percent < 0 || percent > 100)
        {
            var clamped = percent < 0 ? "0" : "100";
            sink.Report(new RuleViolation(
                RuleIds.StopOnIdleThresholdRange,
                RuleSeverity.Info,
                member,
                threshold,
                $"StopInstanceOnIdle threshold {RuleText.Quote(threshold)} is outside 0 to 100, but it is a CPU utilisation percentage (rule O10). Use a value such as '5'.",
                RuleText.Fix("O10", clamped)));
        }
    }

    /// <summary>O10: the duration is a number of minutes.</summary>
    public static void CheckDuration(string? duration, string member, IRuleSink sink)
    {
        if (!TryParseNumber(duration, out _))
        {
            ReportNotNumeric(duration, "duration", "a number of minutes such as '30'", member, sink);
        }
    }

    private static void ReportNotNumeric(string? value, string part, string example, string member, IRuleSink sink)
    {
        // The same number with its unit turned into the one Lightsail expects ("1h" is 60 minutes, not 1), or none.
        var number = part == "duration" ? IdleValues.Minutes(value) : IdleValues.Percent(value);
        sink.Report(new RuleViolation(
            RuleIds.StopOnIdleNotNumeric,
            RuleSeverity.Warning,
            member,
            value,
            $"StopInstanceOnIdle {part} {RuleText.Quote(value)} is not a number (rule O10). Use {example}" + (number is null ? "." : $": '{number}'."),
            RuleText.Fix("O10", number)));
    }

    /// <summary>The add-on types of the model's AddOnType enum (O1), case-sensitive.</summary>
    public static bool IsKnownAddOnType(string? addOnType) => addOnType == "AutoSnapshot" || addOnType == "StopInstanceOnIdle";

    /// <summary>
    /// S2/O1 (error): the type is present and known. O11 (warning): the sub-request matches the type, and a type appears
    /// once in the list (<paramref name="seenTypes"/> collects the types of earlier entries).
    /// </summary>
    public static void CheckAddOnRequest(
        string? addOnType, bool hasAutoSnapshotRequest, bool hasStopInstanceOnIdleRequest, string member, System.Collections.Generic.ISet<string> seenTypes, IRuleSink sink)
    {
        if (!IsKnownAddOnType(addOnType))
        {
            ReportUnknownType(addOnType, hasAutoSnapshotRequest, hasStopInstanceOnIdleRequest, member, sink);
            return;
        }

        if (CarriesOtherSubRequest(addOnType!, hasAutoSnapshotRequest, hasStopInstanceOnIdleRequest))
        {
            ReportOtherSubRequest(addOnType!, member, sink);
        }

        if (!seenTypes.Add(addOnType!))
        {
            ReportRepeated(addOnType!, member, sink);
        }
    }

    /// <summary>
    /// The same checks for entry <paramref name="index"/> of a request's add-on list, with the two known types as flags
    /// instead of a set and the member name built only for a report: the success path allocates nothing.
    /// </summary>
    internal static void CheckAddOnRequest(
        string? addOnType, bool hasAutoSnapshotRequest, bool hasStopInstanceOnIdleRequest, int index, ref bool seenAutoSnapshot, ref bool seenStopInstanceOnIdle, IRuleSink sink)
    {
        if (!IsKnownAddOnType(addOnType))
        {
            ReportUnknownType(addOnType, hasAutoSnapshotRequest, hasStopInstanceOnIdleRequest, AddOnMember(index), sink);
            return;
        }

        if (CarriesOtherSubRequest(addOnType!, hasAutoSnapshotRequest, hasStopInstanceOnIdleRequest))
        {
            ReportOtherSubRequest(addOnType!, AddOnMember(index), sink);
        }

        ref var seen = ref addOnType == "AutoSnapshot" ? ref seenAutoSnapshot : ref seenStopInstanceOnIdle;
        if (seen)
        {
            ReportRepeated(addOnType!, AddOnMember(index), sink);
        }

        seen = true;
    }

    private static string AddOnMember(int index) => "addOns[" + index + "]";

    private static bool CarriesOtherSubRequest(string addOnType, bool hasAutoSnapshotRequest, bool hasStopInstanceOnIdleRequest)
        => addOnType == "AutoSnapshot" ? hasStopInstanceOnIdleRequest : hasAutoSnapshotRequest;

    private static void ReportUnknownType(string? addOnType, bool hasAutoSnapshotRequest, bool hasStopInstanceOnIdleRequest, string member, IRuleSink sink)
    {
        var replacement = hasAutoSnapshotRequest && !hasStopInstanceOnIdleRequest ? "AutoSnapshot"
            : hasStopInstanceOnIdleRequest && !hasAutoSnapshotRequest ? "StopInstanceOnIdle"
            : null;
        sink.Report(new RuleViolation(
            RuleIds.AddOnTypeMissing,
            RuleSeverity.Error,
            member + ".addOnType",
            addOnType,
            $"Add-on type {RuleText.Quote(addOnType)} is not 'AutoSnapshot' or 'StopInstanceOnIdle'; addOnType is required and case-sensitive (rules S2, O1). " +
            (replacement is null ? "Set AddOnType to one of them." : $"Use '{replacement}'."),
            RuleText.Fix("S2", replacement)));
    }

    private static void ReportOtherSubRequest(string addOnType, string member, IRuleSink sink)
    {
        var ownSubRequest = addOnType == "AutoSnapshot" ? "autoSnapshotAddOnRequest" : "stopInstanceOnIdleRequest";
        sink.Report(new RuleViolation(
            RuleIds.AddOnRequestMismatch,
            RuleSeverity.Warning,
            member,
            addOnType,
            $"Add-on '{addOnType}' carries the other add-on's sub-request, which it ignores (rule O11). Set only {ownSubRequest}, or split it into two add-on requests.",
            RuleText.Fix("O11")));
    }

    private static void ReportRepeated(string addOnType, string member, IRuleSink sink)
        => sink.Report(new RuleViolation(
            RuleIds.AddOnRequestMismatch,
            RuleSeverity.Warning,
            member,
            addOnType,
            $"Add-on '{addOnType}' is requested twice; one entry per add-on type is the documented form (rule O11). Remove the duplicate.",
            RuleText.Removal("O11")));

    /// <summary>Decimal numbers as plain ASCII text: an optional '-', digits, an optional fraction.</summary>
    internal static bool TryParseNumber(string? text, out double number)
    {
        number = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var i = text![0] == '-' ? 1 : 0;
        var digits = 0;
        var dot = false;
        for (; i < text.Length; i++)
        {
            if (AsciiText.IsDigit(text[i]))
            {
                digits++;
            }
            else if (text[i] == '.' && !dot)
            {
                dot = true;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>Exactly "HH:00" with HH from 00 to 23, the only form that passes O2 and O3.</summary>
    private static bool IsStrictlyOnTheHour(string text)
        => text.Length == 5
            && AsciiText.IsDigit(text[0]) && AsciiText.IsDigit(text[1]) && text[2] == ':' && text[3] == '0' && text[4] == '0'
            && (text[0] - '0') * 10 + (text[1] - '0') <= 23;

    /// <summary>
    /// Reads "H", "HH", "H:MM" or "HH:MM" (ASCII digits). Returns the hour when it is 0-23; <paramref name="strict"/>
    /// says whether the text matches the model pattern <c>^([01][0-9]|2[0-3]):[0-5][0-9]$</c>.
    /// </summary>
    private static int? ParseHour(string text, out bool strict, out int minutes)
    {
        strict = false;
        minutes = 0;
        var trimmed = text.Trim();
        var colon = trimmed.IndexOf(':');
        var hourText = colon < 0 ? trimmed : trimmed.Substring(0, colon);
        var minuteText = colon < 0 ? string.Empty : trimmed.Substring(colon + 1);
        if (hourText.Length is < 1 or > 2 || !AllDigits(hourText) || (colon >= 0 && (minuteText.Length != 2 || !AllDigits(minuteText))))
        {
            return null;
        }

        var hour = int.Parse(hourText, CultureInfo.InvariantCulture);
        minutes = minuteText.Length == 0 ? 0 : int.Parse(minuteText, CultureInfo.InvariantCulture);
        if (hour > 23)
        {
            return null;
        }

        strict = trimmed == text && hourText.Length == 2 && colon >= 0 && minutes <= 59;
        return hour;
    }

    private static bool AllDigits(string text)
    {
        foreach (var c in text)
        {
            if (!AsciiText.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
