using System.Collections.Generic;
using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Generator.Resolution;

/// <summary>
/// Merges a template's own values over the assembly defaults, template winning. Shared by the generator (whose builder
/// starts from the result) and the analyzers (which check the result), so that both see one set of values.
/// </summary>
internal static class ValueMerger
{
    public static RequestValuesSpec Merge(TemplateValuesSpec values, AssemblyDefaultsSpec defaults, UserDataSpec? userData)
    {
        var properties = new InheritedValue?[RequestMembers.TemplateProperties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            properties[i] = Merge(values.Properties[i], defaults.Properties[i]);
        }

        return new(
            new EquatableArray<InheritedValue?>(properties),
            MergeTags(values.Tags, defaults.Tags),
            userData,
            values.AutoSnapshot,
            values.StopInstanceOnIdle);
    }

    // Only null means unset: an empty string is a value, and the rules report it.
    private static InheritedValue? Merge(string? templateValue, string? defaultValue) =>
        templateValue is not null ? new InheritedValue(templateValue, ValueOrigin.Template)
        : defaultValue is not null ? new InheritedValue(defaultValue, ValueOrigin.AssemblyDefaults)
        : null;

    /// <summary>The assembly's tags, then the template's, merged by key (<see cref="TagMerge"/>).</summary>
    public static EquatableArray<InheritedTag> MergeTags(EquatableArray<TagSpec> templateTags, EquatableArray<TagSpec> assemblyTags)
    {
        var merged = new List<InheritedTag>(templateTags.Count + assemblyTags.Count);
        foreach (var tag in assemblyTags)
        {
            TagMerge.Add(merged, new InheritedTag(tag.Key, tag.Value, ValueOrigin.AssemblyDefaults));
        }

        foreach (var tag in templateTags)
        {
            TagMerge.Add(merged, new InheritedTag(tag.Key, tag.Value, ValueOrigin.Template));
        }

        return new EquatableArray<InheritedTag>(merged);
    }
}
