using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Generator.Model;

/// <summary>
/// The values a template's builder starts with: assembly defaults merged with the template, template winning. The
/// analyzers check exactly these values (they read templates with the same parser and merge).
/// </summary>
/// <param name="Properties">The merged template properties, in the order of <see cref="RequestMembers.TemplateProperties"/>.</param>
/// <param name="Tags">The assembly's and the template's tags, merged by key.</param>
/// <param name="UserData">The launch script, inline or read from its file.</param>
/// <param name="AutoSnapshot">The AutoSnapshot add-on, or null when off.</param>
/// <param name="StopInstanceOnIdle">The StopInstanceOnIdle add-on, or null when off.</param>
internal sealed record RequestValuesSpec(
    EquatableArray<InheritedValue?> Properties,
    EquatableArray<InheritedTag> Tags,
    UserDataSpec? UserData,
    AutoSnapshotSpec? AutoSnapshot,
    StopInstanceOnIdleSpec? StopInstanceOnIdle)
{
    /// <summary>The merged value of a template property, with its level, or null when neither level sets it.</summary>
    public InheritedValue? Property(RequestMember member) => Properties[RequestMembers.PropertyIndex(member)];
}
