using System.Collections.Generic;
using System.Threading;
using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Parsing;

/// <summary>
/// Reads the values a class's DSL attributes declare. The one reader of template values: the generator builds its
/// builders from it and the analyzers check what it returns (they pass <see cref="ValueSources"/> to place findings).
/// </summary>
internal static class TemplateValuesParser
{
    /// <param name="type">The class.</param>
    /// <param name="template">Its [InstanceTemplate], or null for a class with other DSL attributes only.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="sources">Filled with the application each value came from, when given.</param>
    public static TemplateValuesSpec Parse(INamedTypeSymbol type, AttributeData? template, CancellationToken cancellationToken, ValueSources? sources = null)
    {
        var tags = new List<TagSpec>();
        string? userData = null, userDataFile = null;
        AttributeData? userDataAttribute = null, userDataFileAttribute = null;
        AutoSnapshotSpec? autoSnapshot = null;
        StopInstanceOnIdleSpec? stopOnIdle = null;

        foreach (var attribute in type.GetAttributes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (FluentAttributes.Is(attribute, RequestMembers.Attributes.Tag))
            {
                tags.Add(TagParser.Parse(attribute));
                sources?.Tags.Add(attribute);
            }
            else if (FluentAttributes.Is(attribute, RequestMembers.Attributes.UserData))
            {
                userDataAttribute = attribute;
                userData = FluentAttributes.Argument(attribute, RequestMembers.UserData);
            }
            else if (FluentAttributes.Is(attribute, RequestMembers.Attributes.UserDataFile))
            {
                userDataFileAttribute = attribute;
                userDataFile = FluentAttributes.StringArgument(attribute, 0);
            }
            else if (FluentAttributes.Is(attribute, RequestMembers.Attributes.AutoSnapshot))
            {
                // The attribute turns the add-on on; a null time is Lightsail's default time, as WithAutoSnapshot(null).
                autoSnapshot = new AutoSnapshotSpec(FluentAttributes.Argument(attribute, RequestMembers.SnapshotTime));
                if (sources is not null)
                {
                    sources.AutoSnapshot = attribute;
                }
            }
            else if (FluentAttributes.Is(attribute, RequestMembers.Attributes.StopInstanceOnIdle))
            {
                stopOnIdle = new StopInstanceOnIdleSpec(
                    FluentAttributes.Argument(attribute, RequestMembers.Threshold),
                    FluentAttributes.Argument(attribute, RequestMembers.Duration));
                if (sources is not null)
                {
                    sources.StopInstanceOnIdle = attribute;
                }
            }
        }

        if (sources is not null)
        {
            sources.Properties = template;
            sources.UserData = userDataAttribute;
            sources.UserDataFile = userDataFileAttribute;
        }

        var hasScriptConflict = (userDataAttribute is not null && userDataFileAttribute is not null)
            || (userDataFileAttribute is not null && userDataFile is null);
        return new TemplateValuesSpec(
            FluentAttributes.TemplateProperties(template),
            new EquatableArray<TagSpec>(tags),
            userData,
            userDataFile,
            autoSnapshot,
            stopOnIdle,
            hasScriptConflict);
    }
}
