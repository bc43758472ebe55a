using System.Collections.Generic;

namespace Fluent.Lightsail.Analyzers;

/// <summary>A class's DSL attributes, read once: the raw applications and the merged values of the request.</summary>
internal sealed class TemplateModel
{
    public TemplateModel(ValueSet values)
    {
        Values = values;
    }

    /// <summary>Assembly defaults overlaid with the class's own attributes.</summary>
    public ValueSet Values { get; }

    public AttributeArguments? InstanceTemplate { get; set; }

    public List<AttributeArguments> Tags { get; } = new();

    public AttributeArguments? UserData { get; set; }

    public AttributeArguments? UserDataFile { get; set; }

    /// <summary>Whether [UserDataFile]'s path names an AdditionalFiles item.</summary>
    public bool UserDataFileFound { get; set; }

    public AttributeArguments? AutoSnapshot { get; set; }

    public AttributeArguments? StopInstanceOnIdle { get; set; }
}
