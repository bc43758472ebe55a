using System.Collections.Generic;
using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Generator.Emitting;

/// <summary>
/// The template's values in words, for the XML docs of the template class and its <c>Named</c> overloads: the builder
/// members are documented once in the runtime, so hovering the template or <c>Named</c> is where its own values show.
/// </summary>
internal static class TemplateDocs
{
    /// <summary>Such as <c>zone <c>us-east-2a</c>, blueprint <c>ubuntu_24_04</c>, tags <c>role=web</c></c>; a launch script's text never shows.</summary>
    public static string Values(RequestValuesSpec values)
    {
        var parts = new List<string>();
        foreach (var member in RequestMembers.TemplateProperties)
        {
            Add(parts, member.Words, values.Property(member));
        }

        if (values.UserData is { } userData)
        {
            // The script may hold secrets, and its text is in the template already: only where it came from shows.
            parts.Add(userData.SourceFile is { } file ? "launch script " + Literals.DocCode(file) : "an inline launch script");
        }

        if (values.AutoSnapshot is { } autoSnapshot)
        {
            // A null time lets Lightsail choose the hour, as WithAutoSnapshot(null) does.
            parts.Add(autoSnapshot.SnapshotTimeOfDay is { } timeOfDay ? "AutoSnapshot at " + Literals.DocCode(timeOfDay) : "AutoSnapshot at Lightsail's default hour");
        }

        if (values.StopInstanceOnIdle is { } idle)
        {
            parts.Add($"StopInstanceOnIdle at {Code(idle.Threshold)}% for {Code(idle.Duration)} minutes");
        }

        if (values.Tags.Count > 0)
        {
            var tags = new List<string>(values.Tags.Count);
            foreach (var tag in values.Tags)
            {
                var text = tag.Value is null ? Code(tag.Key) : Literals.DocCode((tag.Key ?? "null") + "=" + tag.Value);
                tags.Add(tag.Origin == ValueOrigin.AssemblyDefaults ? text + " (assembly)" : text);
            }

            parts.Add("tags " + string.Join(", ", tags));
        }

        return parts.Count == 0 ? "no values of its own" : string.Join(", ", parts);
    }

    private static void Add(List<string> parts, string member, InheritedValue? value)
    {
        if (value is not null)
        {
            parts.Add(member + " " + Literals.DocCode(value.Value) + (value.Origin == ValueOrigin.AssemblyDefaults ? " (assembly)" : string.Empty));
        }
    }

    private static string Code(string? value) => value is null ? "<c>null</c>" : Literals.DocCode(value);
}
