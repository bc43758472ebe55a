using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>[assembly: TemplateDefaults] and [assembly: Tag], read once per compilation.</summary>
internal sealed class AssemblyDefaults
{
    private ValueSet? _startValues;

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

    /// <summary>
    /// The inherited values every template starts from, built once per compilation (a thousand templates used to rebuild
    /// them a thousand times). Callers layer over it with <see cref="ValueSet(Location, ValueSet)"/> and never write to it.
    /// </summary>
    public ValueSet StartValues
        => LazyInitializer.EnsureInitialized(ref _startValues, BuildStartValues)!;

    private ValueSet BuildStartValues()
    {
        // The anchor is per template; the copy each template makes carries its own.
        var values = new ValueSet(Location.None);
        if (Defaults != null)
        {
            foreach (var (property, member) in TemplateProperties.All)
            {
                if (Defaults.TryGet(property, out var argument))
                {
                    values.Set(member, new SourcedValue(argument.Value, argument.Location, ValueLevel.Assembly));
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
