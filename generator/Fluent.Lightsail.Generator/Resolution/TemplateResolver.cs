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
        return new BuilderSpec(template.Type, merged, template.HiddenInBase);
    }
}
