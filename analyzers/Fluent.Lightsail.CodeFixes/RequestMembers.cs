using System.Text;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Request members (JSON spelling, as in the diagnostics' <c>Member</c> property) and where the DSL writes them:
/// the [InstanceTemplate]/[TemplateDefaults] property and the builder method of each member a fix can add.
/// </summary>
internal static class RequestMembers
{
    public const string TagKey = "tags.key";
    public const string TagValue = "tags.value";
    public const string InstanceNames = "instanceNames";

    /// <summary>Drops list indexes: <c>tags[3].key</c> → <c>tags.key</c>, <c>instanceNames[1]</c> → <c>instanceNames</c>.</summary>
    public static string Normalize(string member)
    {
        var builder = new StringBuilder(member.Length);
        var depth = 0;
        foreach (var c in member)
        {
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Members written by their own expression only: a fix never looks elsewhere for them.</summary>
    public static bool IsLocal(string member) => member == TagKey || member == TagValue || member == InstanceNames;

    /// <summary>The [InstanceTemplate] property that sets <paramref name="member"/>, or null.</summary>
    public static string? TemplateProperty(string member)
        => Vocabulary.RequestMembers.Find(member) is { IsTemplateProperty: true } found ? found.Argument : null;

    /// <summary>The builder method whose one argument sets <paramref name="member"/>, for the members a template property sets.</summary>
    public static string? BuilderMethod(string member)
        => Vocabulary.RequestMembers.Find(member) is { IsTemplateProperty: true } found ? found.BuilderMethod : null;

    /// <summary>The catalogue class whose constants name values of <paramref name="member"/>.</summary>
    public static string? CatalogType(string member) => Vocabulary.RequestMembers.Find(member)?.CatalogType;
}
