using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>[assembly: TemplateDefaults] and [assembly: Tag], read once per compilation.</summary>
internal sealed class AssemblyDefaults
{
    private AssemblyDefaults(AttributeArguments? defaults, List<AttributeArguments> tags)
    {
        Defaults = defaults;
        Tags = tags;
    }

    public AttributeArguments? Defaults { get; }

    public List<AttributeArguments> Tags { get; }

    public static AssemblyDefaults Read(Compilation compilation, KnownSymbols symbols, CancellationToken cancellationToken)
    {
        AttributeArguments? defaults = null;
        var tags = new List<AttributeArguments>();
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (symbols.Is(attribute, symbols.TemplateDefaults))
            {
                defaults ??= AttributeArguments.Read(attribute, cancellationToken);
            }
            else if (symbols.Is(attribute, symbols.Tag) && AttributeArguments.Read(attribute, cancellationToken) is { } tag)
            {
                tags.Add(tag);
            }
        }

        return new AssemblyDefaults(defaults, tags);
    }

    /// <summary>The inherited values every template starts from; findings about them belong at <paramref name="anchor"/>.</summary>
    public ValueSet StartValues(Location anchor)
    {
        var values = new ValueSet(anchor);
        if (Defaults != null)
        {
            foreach (var (property, member) in TemplateProperties.All)
            {
                if (Defaults.TryGet(property, out var argument))
                {
                    values.Members[member] = new SourcedValue(argument.Value, argument.Location, ValueLevel.Assembly);
                }
            }
        }

        foreach (var tag in Tags)
        {
            if (TagReader.Read(tag, ValueLevel.Assembly) is { } sourced)
            {
                values.AddTagOverriding(sourced);
            }
        }

        return values;
    }
}
