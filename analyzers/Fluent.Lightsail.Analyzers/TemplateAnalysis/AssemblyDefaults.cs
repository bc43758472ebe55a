using System.Threading;
using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Generator.Parsing;
using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// [assembly: TemplateDefaults] and [assembly: Tag], read once per compilation by the generator's own parser, with the
/// application each value came from.
/// </summary>
internal sealed class AssemblyDefaults
{
    private AssemblyDefaults(AssemblyDefaultsSpec spec, ValueSources sources, ValueSet tagLayer)
    {
        Spec = spec;
        Sources = sources;
        TagLayer = tagLayer;
    }

    /// <summary>The values, exactly as the generator reads them.</summary>
    public AssemblyDefaultsSpec Spec { get; }

    /// <summary>Where they were written: <see cref="ValueSources.Properties"/> is the [TemplateDefaults].</summary>
    public ValueSources Sources { get; }

    public static AssemblyDefaults Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var sources = new ValueSources();
        var spec = AssemblyDefaultsParser.Parse(compilation, cancellationToken, sources);
        var tagLayer = new ValueSet(Location.None);
        for (var i = 0; i < spec.Tags.Count; i++)
        {
            tagLayer.AddTagOverriding(TemplateReader.Tag(spec.Tags[i], sources.Tags[i], ValueOrigin.AssemblyDefaults, cancellationToken));
        }

        return new AssemblyDefaults(spec, sources, tagLayer);
    }

    /// <summary>
    /// The assembly's tags with their locations, built once per compilation; each template layers its own over a copy
    /// (<see cref="ValueSet(Location, ValueSet)"/>) and never writes to it.
    /// </summary>
    public ValueSet TagLayer { get; }

    /// <summary>Where the value of <paramref name="member"/> is written on the assembly.</summary>
    public Location Locate(RequestMember member, CancellationToken cancellationToken)
        => Sources.Properties is { } defaults ? ArgumentLocator.ArgumentOrAttribute(defaults, member.Argument, cancellationToken) : Location.None;
}
