using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Generator.Model;

/// <summary>A merged template's value of one vocabulary member, as its builder starts with it.</summary>
internal static class RequestValuesLookup
{
    /// <summary>
    /// Whether the builder starts with <paramref name="member"/> set, its value and the level it came from. An add-on's
    /// fields are set whenever the add-on is on, null or not: they are what its request record carries.
    /// </summary>
    public static bool TryGet(this RequestValuesSpec values, RequestMember member, out string? value, out ValueOrigin origin)
    {
        origin = ValueOrigin.Template;
        if (member.IsTemplateProperty)
        {
            var inherited = values.Property(member);
            value = inherited?.Value;
            origin = inherited?.Origin ?? ValueOrigin.Template;
            return inherited is not null;
        }

        switch (member.JsonName)
        {
            case RequestMembers.Json.UserData:
                value = values.UserData?.Script;
                return values.UserData is not null;
            case RequestMembers.Json.SnapshotTime:
                value = values.AutoSnapshot?.SnapshotTimeOfDay;
                return values.AutoSnapshot is not null;
            case RequestMembers.Json.Threshold:
                value = values.StopInstanceOnIdle?.Threshold;
                return values.StopInstanceOnIdle is not null;
            case RequestMembers.Json.Duration:
                value = values.StopInstanceOnIdle?.Duration;
                return values.StopInstanceOnIdle is not null;
            default:
                value = null;
                return false;
        }
    }
}
