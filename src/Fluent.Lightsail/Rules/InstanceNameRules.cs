using System;
using System.Collections.Generic;

namespace Fluent.Lightsail.Rules;

/// <summary>Rules N2-N8 on <c>instanceNames</c>.</summary>
public static class InstanceNameRules
{
    /// <summary>The default Lightsail "Instances" quota per Region (N8); more names in one call will likely fail.</summary>
    public const int DefaultInstanceQuota = 20;

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

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var member = "instanceNames[" + i + "]";
            CheckName(names[i], member, sink);
            CheckDuplicate(names[i], member, seen, sink);
        }

        CheckCount(names.Count, sink);
    }

    /// <summary>Reports <paramref name="name"/> when an earlier name in the same call had the same text (N7).</summary>
    public static void CheckDuplicate(string? name, string member, ISet<string> seen, IRuleSink sink)
    {
        if (name != null && !seen.Add(name))
        {
            sink.Report(new RuleViolation(
                RuleIds.DuplicateInstanceName,
                RuleSeverity.Error,
                member,
                name,
                $"Instance name {RuleText.Quote(name)} appears twice in one call; names must be unique in a Region (rule N7). Remove the duplicate or rename it.",
                RuleText.Removal("N7")));
        }
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
}
