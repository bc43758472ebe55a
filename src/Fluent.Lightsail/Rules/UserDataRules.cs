using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Fluent.Lightsail.Rules;

/// <summary>Rules D2 and D4 on <c>userData</c>.</summary>
public static class UserDataRules
{
    /// <summary>EC2's raw user-data limit, used as Lightsail's warning threshold (D2; Lightsail documents none).</summary>
    public const int MaxBytes = 16 * 1024;

    // A PowerShell cmdlet (Verb-Noun with an approved verb and a capitalised noun) or a PowerShell-only variable.
    // Case-sensitive and ASCII-only on purpose, so that shell commands such as apt-get do not match.
    private static readonly Regex PowerShellLike = new(
        @"(^|[^A-Za-z0-9_-])(Get|Set|New|Remove|Install|Invoke|Start|Stop|Restart|Write|Add|Enable|Disable|Import|Rename|Copy|Move|Test|Expand|Out|Register|Update)-[A-Z][A-Za-z]+|\$env:|\$PSVersionTable",
        RegexOptions.ECMAScript);

    /// <summary>D2: the script's UTF-8 size.</summary>
    public static void CheckSize(string? userData, string member, IRuleSink sink)
    {
        // A UTF-16 unit becomes at most 3 bytes of UTF-8 (a pair of them 4), so a short script needs no count.
        if (userData is null || userData.Length <= MaxBytes / 3)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(userData);
        if (bytes > MaxBytes)
        {
            sink.Report(new RuleViolation(
                RuleIds.UserDataTooLarge,
                RuleSeverity.Warning,
                member,
                userData,
                $"{RuleText.UserData(userData, bytes)} is over the {MaxBytes}-byte (UTF-8) limit EC2 applies and Lightsail likely shares (rule D2). " +
                "Shorten it, for example by downloading a larger script at boot.",
                RuleText.Fix("D2")));
        }
    }

    /// <summary>D4: the script's form must suit the instance's platform (blueprint first, bundle when there is no blueprint).</summary>
    public static void CheckPlatform(string? userData, string? blueprintId, string? bundleId, string member, IRuleSink sink)
    {
        if (userData is null)
        {
            return;
        }

        CheckPlatform(userData, CatalogIds.InstancePlatform(blueprintId, bundleId), member, sink);
    }

    /// <summary>D4 with the instance's platform already worked out (the cross-field rules share it).</summary>
    internal static void CheckPlatform(string? userData, Platform platform, string member, IRuleSink sink)
    {
        if (userData is null)
        {
            return;
        }

        // No character but '<' equals '<' ignoring case, so a script without one (most shell scripts) skips the slower
        // case-insensitive search.
        var hasPowerShellTag = userData.IndexOf('<') >= 0 && userData.IndexOf("<powershell>", StringComparison.OrdinalIgnoreCase) >= 0;
        if (platform == Platform.Windows)
        {
            if (userData.TrimStart().StartsWith("#!", StringComparison.Ordinal))
            {
                sink.Report(new RuleViolation(
                    RuleIds.ShebangOnWindows,
                    RuleSeverity.Warning,
                    member,
                    userData,
                    $"{RuleText.UserData(userData)} is a #! script, but the instance is Windows, which does not run it (rule D4). " +
                    "Write PowerShell inside <powershell>…</powershell>, or use a Linux/Unix blueprint.",
                    RuleText.Fix("D4")));
            }
            else if (!hasPowerShellTag && userData.IndexOf("<script>", StringComparison.OrdinalIgnoreCase) < 0 && PowerShellLike.IsMatch(userData))
            {
                var wrapped = "<powershell>\n" + userData + "\n</powershell>";
                sink.Report(new RuleViolation(
                    RuleIds.PowerShellWithoutTags,
                    RuleSeverity.Warning,
                    member,
                    userData,
                    $"{RuleText.UserData(userData)} looks like PowerShell but is not inside <powershell>…</powershell>; Windows runs PowerShell only inside those tags (rule D4). Wrap the script in the tags.",
                    RuleText.Fix("D4", wrapped)));
            }
        }
        else if (platform == Platform.LinuxUnix && hasPowerShellTag)
        {
            sink.Report(new RuleViolation(
                RuleIds.PowerShellOnLinux,
                RuleSeverity.Warning,
                member,
                userData,
                $"{RuleText.UserData(userData)} has a <powershell> block, but the instance is Linux/Unix, which runs it as a shell script (rule D4). " +
                "Write a shell script (#!/bin/bash), or use a Windows blueprint.",
                RuleText.Fix("D4")));
        }
    }
}
