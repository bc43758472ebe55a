using System.Collections.Generic;
using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// The generated builder methods the analyzers read, by method and parameter name (docs/design/builder-contract.md),
/// and the request member each parameter sets.
/// </summary>
internal static class BuilderMethods
{
    public const string Named = "Named";
    public const string NamedParameter = "instanceNames";
    public const string NamedSingleParameter = "instanceName";
    public const string WithTag = "WithTag";
    public const string WithAutoSnapshot = "WithAutoSnapshot";
    public const string WithoutAutoSnapshot = "WithoutAutoSnapshot";
    public const string WithStopInstanceOnIdle = "WithStopInstanceOnIdle";
    public const string WithoutStopInstanceOnIdle = "WithoutStopInstanceOnIdle";

    /// <summary>The request member a parameter of a builder method sets, or null (the request vocabulary names them).</summary>
    public static string? MemberOf(string method, string parameter) => RequestMembers.OfBuilderParameter(method, parameter)?.JsonName;

    /// <summary>The members a cross-field rule relates; a call that sets one of them may be where its finding belongs.</summary>
    public static IReadOnlyCollection<string> RelatedMembers(string ruleId)
    {
        switch (ruleId)
        {
            case RuleIds.PlatformMismatch:
            case RuleIds.PlatformMismatchLikely:
                return new[] { InstanceRules.BlueprintMember, InstanceRules.BundleMember };
            case RuleIds.PowerShellWithoutTags:
            case RuleIds.ShebangOnWindows:
            case RuleIds.PowerShellOnLinux:
                return new[] { InstanceRules.UserDataMember, InstanceRules.BlueprintMember, InstanceRules.BundleMember };
            case RuleIds.AutoSnapshotOnWindows:
                return new[] { AddOnRules.AutoSnapshotMember, InstanceRules.BlueprintMember, InstanceRules.BundleMember };
            case RuleIds.StopOnIdleOutsideResearch:
                return new[] { AddOnRules.StopInstanceOnIdleMember, InstanceRules.BlueprintMember, InstanceRules.BundleMember };
            case RuleIds.Ipv6NeedsIpv6Bundle:
            case RuleIds.Ipv6BundleNeedsIpv6:
            case RuleIds.Ipv6BundleWithDefaultType:
                return new[] { InstanceRules.IpAddressTypeMember, InstanceRules.BundleMember };
            default:
                return System.Array.Empty<string>();
        }
    }
}
