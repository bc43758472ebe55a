using System.Collections.Generic;
using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Parsing;

/// <summary>
/// Which attribute application each value the parsers read came from. The analyzers pass one in to place their
/// diagnostics; the generator passes none, so nothing of the syntax reaches its pipeline outputs.
/// </summary>
internal sealed class ValueSources
{
    /// <summary>The [InstanceTemplate] (on a class) or [TemplateDefaults] (on the assembly) that set the template properties.</summary>
    public AttributeData? Properties { get; set; }

    public AttributeData? UserData { get; set; }

    public AttributeData? UserDataFile { get; set; }

    public AttributeData? AutoSnapshot { get; set; }

    public AttributeData? StopInstanceOnIdle { get; set; }

    /// <summary>The [Tag]s, in the order of the parsed tag list.</summary>
    public List<AttributeData> Tags { get; } = new();

    /// <summary>The application that wrote <paramref name="member"/>, or null.</summary>
    public AttributeData? Of(RequestMember member) => member.Attribute switch
    {
        RequestMembers.Attributes.InstanceTemplate => Properties,
        RequestMembers.Attributes.UserData => UserData ?? UserDataFile,
        RequestMembers.Attributes.AutoSnapshot => AutoSnapshot,
        RequestMembers.Attributes.StopInstanceOnIdle => StopInstanceOnIdle,
        _ => null,
    };
}
