using System.Collections.Generic;
using System.Threading;
using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Parsing;

/// <summary>Projects a compilation onto its <see cref="AssemblyDefaultsSpec"/>. Shared by the generator and the analyzers.</summary>
internal static class AssemblyDefaultsParser
{
    public static AssemblyDefaultsSpec Parse(Compilation compilation, CancellationToken cancellationToken, ValueSources? sources = null)
    {
        AttributeData? defaults = null;
        var tags = new List<TagSpec>();
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (FluentAttributes.Is(attribute, RequestMembers.Attributes.TemplateDefaults))
            {
                // AllowMultiple is false: a second one is a compiler error, and the first is the one the analyzers check.
                defaults ??= attribute;
            }
            else if (FluentAttributes.Is(attribute, RequestMembers.Attributes.Tag))
            {
                tags.Add(TagParser.Parse(attribute));
                sources?.Tags.Add(attribute);
            }
        }

        if (sources is not null)
        {
            sources.Properties = defaults;
        }

        return new AssemblyDefaultsSpec(FluentAttributes.TemplateProperties(defaults), new EquatableArray<TagSpec>(tags));
    }
}
