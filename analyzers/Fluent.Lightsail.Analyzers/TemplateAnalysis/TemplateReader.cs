using System.Threading;
using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Generator.Parsing;
using Fluent.Lightsail.Generator.Resolution;
using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// Reads a class's DSL attributes with the generator's parser and merges them over the assembly defaults with the
/// generator's merge, so that the values checked here are by construction the values its builder starts with; then
/// places each value at the argument that wrote it.
/// </summary>
internal static class TemplateReader
{
    public static TemplateModel Read(INamedTypeSymbol type, AnalysisState state, CancellationToken cancellationToken)
    {
        var template = FirstTemplateAttribute(type);
        var sources = new ValueSources();
        var own = TemplateValuesParser.Parse(type, template, cancellationToken, sources);
        var defaults = state.GetDefaults(cancellationToken);
        var userData = ReadUserData(own, sources, state, cancellationToken, out var fileFound);
        var merged = ValueMerger.Merge(own, defaults.Spec, userData);

        // Findings about inherited values go on the [InstanceTemplate]; the class's own location (ISymbol.Locations
        // builds an array) is only needed for a class without one.
        var anchor = template is not null
            ? ArgumentLocator.Attribute(template, cancellationToken)
            : type.Locations.Length > 0 ? type.Locations[0] : Location.None;
        var values = new ValueSet(anchor, defaults.TagLayer);
        foreach (var member in RequestMembers.All)
        {
            if (merged.TryGet(member, out var value, out var origin))
            {
                var location = origin == ValueOrigin.Template
                    ? ArgumentLocator.ArgumentOrAttribute(sources.Of(member)!, SourceArgument(member, sources), cancellationToken)
                    : defaults.Locate(member, cancellationToken);
                values.Set(member.JsonName, new SourcedValue(value, location, origin));
            }
        }

        for (var i = 0; i < own.Tags.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            values.AddTagOverriding(Tag(own.Tags[i], sources.Tags[i], ValueOrigin.Template, cancellationToken));
        }

        if (merged.AutoSnapshot is not null)
        {
            values.AutoSnapshot = new SourcedValue(null, ArgumentLocator.Attribute(sources.AutoSnapshot!, cancellationToken), ValueOrigin.Template);
        }

        if (merged.StopInstanceOnIdle is not null)
        {
            values.StopInstanceOnIdle = new SourcedValue(null, ArgumentLocator.Attribute(sources.StopInstanceOnIdle!, cancellationToken), ValueOrigin.Template);
        }

        return new TemplateModel(values, own, merged, sources, fileFound);
    }

    /// <summary>A parsed [Tag] placed at its arguments; a value argument not written gives a key-only tag.</summary>
    public static SourcedTag Tag(TagSpec tag, AttributeData source, ValueOrigin origin, CancellationToken cancellationToken)
    {
        var key = new SourcedValue(tag.Key, ArgumentLocator.ArgumentOrAttribute(source, RequestMembers.Attributes.TagKey, cancellationToken), origin);
        var valueLocation = ArgumentLocator.Argument(source, RequestMembers.Attributes.TagValue, cancellationToken);
        return new SourcedTag(key, valueLocation is null ? null : new SourcedValue(tag.Value, valueLocation, origin));
    }

    /// <summary>The first [InstanceTemplate], as the generator sees it (a second one is a compiler error).</summary>
    private static AttributeData? FirstTemplateAttribute(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (FluentAttributes.Is(attribute, RequestMembers.Attributes.InstanceTemplate))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The launch script the generator embeds: the inline one, or else the text of the file the path names.</summary>
    private static UserDataSpec? ReadUserData(
        TemplateValuesSpec own, ValueSources sources, AnalysisState state, CancellationToken cancellationToken, out bool fileFound)
    {
        fileFound = false;
        if (sources.UserDataFile is not null)
        {
            var file = UserDataFileLocator.Find(own.UserDataFile, state.AdditionalFiles, state.ProjectDirectory);
            fileFound = file is not null;
            if (sources.UserData is null && own.UserDataFile is { } path && file?.GetText(cancellationToken)?.ToString() is { } text)
            {
                return new UserDataSpec(text, path);
            }
        }

        return own.UserData is { } script ? new UserDataSpec(script, null) : null;
    }

    // The file's text is the user data; its findings belong on the path that named it.
    private static string SourceArgument(RequestMember member, ValueSources sources)
        => member == RequestMembers.UserData && sources.UserData is null ? RequestMembers.Attributes.UserDataFilePath : member.Argument;
}
