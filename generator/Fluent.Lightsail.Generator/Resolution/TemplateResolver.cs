using System;
using System.Collections.Generic;
using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Generator.Parsing;
using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Generator.Resolution;

/// <summary>
/// Merges a template with the assembly defaults (template wins) and embeds its <c>[UserDataFile]</c>; returns null
/// when the file is not an AdditionalFiles item, so that nothing is generated and the analyzer's report stands alone.
/// </summary>
internal static class TemplateResolver
{
    public static BuilderSpec? Resolve(TemplateSpec template, AssemblyDefaultsSpec defaults, UserDataFilesSpec files)
    {
        var values = template.Values;
        UserDataSpec? userData = null;
        if (values.UserDataFile is { } path)
        {
            var file = UserDataFileLocator.Find(path, files);
            if (file is null)
            {
                return null;
            }

            userData = new UserDataSpec(file.Text, path);
        }
        else if (values.UserData is { } script)
        {
            userData = new UserDataSpec(script, null);
        }

        var merged = ValueMerger.Merge(values, defaults, userData);
        return new BuilderSpec(template.Type, merged, ResolveHidden(template.HiddenInBase, defaults));
    }

    /// <summary>A base template's stage is there when neither it nor the assembly defaults set the member.</summary>
    private static EquatableArray<string> ResolveHidden(EquatableArray<string> hidden, AssemblyDefaultsSpec defaults)
    {
        var resolved = new List<string>(hidden.Count);
        foreach (var name in hidden)
        {
            if (!name.EndsWith(GeneratedMembers.IfNotDefaulted, StringComparison.Ordinal))
            {
                resolved.Add(name);
                continue;
            }

            var stage = name.Substring(0, name.Length - GeneratedMembers.IfNotDefaulted.Length);
            var defaulted = stage switch
            {
                "NeedsAvailabilityZone" => defaults.Property(RequestMembers.AvailabilityZone) is not null,
                "NeedsBlueprint" => defaults.Property(RequestMembers.Blueprint) is not null,
                _ => defaults.Property(RequestMembers.Bundle) is not null,
            };
            if (!defaulted && !resolved.Contains(stage))
            {
                resolved.Add(stage);
            }
        }

        return new EquatableArray<string>(resolved);
    }
}
