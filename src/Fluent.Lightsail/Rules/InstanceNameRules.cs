using System;
using System.Collections.Generic;

namespace Fluent.Lightsail.Rules;

/// <summary>Rules N2-N8 on <c>instanceNames</c>.</summary>
public static class InstanceNameRules
{
    /// <summary>The default Lightsail "Instances" quota per Region (N8); more names in one call will likely fail.</summary>
    public const int DefaultInstanceQuota = 20;

    private const int SmallListCount = 16;

    // Member names of the first names, built once: the success path of a check allocates no strings.
    private static readonly string[] Members = CreateMembers(DefaultInstanceQuota);

    /// <summary>Checks one name (N2-N4).</summary>
    public static void CheckName(string? name, string member, IRuleSink sink) => ResourceNameRule.InstanceName.Check(name, member, sink);

    /// <summary>Checks every name, then the list: not empty, no duplicates, within the default quota (N7, N8).</summary>
    public static void CheckNames(IReadOnlyList<string?>? names, IRuleSink sink)
    {
        if (names is null || names.Count == 0)
        {
            sink.Report(new RuleViolation(
                RuleIds.NoInstanceNames,
                RuleSeverity.Error,
                "instanceNames",
                null,
                "No instance names were given; CreateInstances needs at least one (rule N8/S1). Pass one or more names to Named(...).",
                RuleText.Fix("N8")));
            return;
        }

        // A typical call names a few instances: comparing with the earlier names beats allocating a set for them.
        var seen = names.Count > SmallListCount ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < names.Count; i++)
        {
            if (seen is null && names[i] is { } valid && ResourceNameRule.IsValid(valid) && !AppearsBefore(names, i))
            {
                // The common case, decided without the member name and the per-name calls below (which would agree).
                continue;
            }

            var member = Member(i);
            CheckName(names[i], member, sink);
            if (seen != null)
            {
                CheckDuplicate(names[i], member, seen, sink);
            }
            else if (names[i] is { } name && AppearsBefore(names, i))
            {
                ReportDuplicate(name, member, sink);
            }
        }

        CheckCount(names.Count, sink);
    }

    /// <summary>Reports <paramref name="name"/> when an earlier name in the same call had the same text (N7).</summary>
    public static void CheckDuplicate(string? name, string member, ISet<string> seen, IRuleSink sink)
    {
        if (name != null && !seen.Add(name))
        {
            ReportDuplicate(name, member, sink);
        }
    }

    private static void ReportDuplicate(string name, string member, IRuleSink sink)
    {
        sink.Report(new RuleViolation(
            RuleIds.DuplicateInstanceName,
            RuleSeverity.Error,
            member,
            name,
            $"Instance name {RuleText.Quote(name)} appears twice in one call; names must be unique in a Region (rule N7). Remove the duplicate or rename it.",
            RuleText.Removal("N7")));
    }

    /// <summary>Warns above the default quota of 20 instances per Region (N8).</summary>
    public static void CheckCount(int count, IRuleSink sink)
    {
        if (count > DefaultInstanceQuota)
        {
            sink.Report(new RuleViolation(
                RuleIds.TooManyInstanceNames,
                RuleSeverity.Warning,
                "instanceNames",
                count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{count} instance names exceed the default Lightsail quota of {DefaultInstanceQuota} instances per Region (rule N8). Create fewer instances per call or raise the quota (L-4259AF9B).",
                RuleText.Fix("N8")));
        }
    }

    private static string Member(int index) => index < Members.Length ? Members[index] : "instanceNames[" + index + "]";

    private static string[] CreateMembers(int count)
    {
        var members = new string[count];
        for (var i = 0; i < count; i++)
        {
            members[i] = "instanceNames[" + i + "]";
        }

        return members;
    }

    private static bool AppearsBefore(IReadOnlyList<string?> names, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(names[i], names[index], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
