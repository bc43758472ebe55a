using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Generator.Model;

/// <summary>The values a template declares itself, before assembly defaults are merged in.</summary>
/// <param name="Properties">
/// [InstanceTemplate]'s properties in the order of <see cref="RequestMembers.TemplateProperties"/>, null when not set.
/// </param>
/// <param name="Tags">The class's [Tag]s in declaration order.</param>
/// <param name="UserData">The inline script of <c>[UserData]</c>, if any.</param>
/// <param name="UserDataFile">The path of <c>[UserDataFile]</c>, if any; resolved against the AdditionalFiles later.</param>
/// <param name="AutoSnapshot">The AutoSnapshot add-on, or <see langword="null"/> when the template has no <c>[AutoSnapshot]</c>.</param>
/// <param name="StopInstanceOnIdle">The StopInstanceOnIdle add-on, or <see langword="null"/> when absent.</param>
/// <param name="HasScriptConflict">
/// Both <c>[UserData]</c> and <c>[UserDataFile]</c>, or a <c>[UserDataFile]</c> without a path: the analyzers report
/// it and the generator emits nothing for the template.
/// </param>
internal sealed record TemplateValuesSpec(
    EquatableArray<string?> Properties,
    EquatableArray<TagSpec> Tags,
    string? UserData,
    string? UserDataFile,
    AutoSnapshotSpec? AutoSnapshot,
    StopInstanceOnIdleSpec? StopInstanceOnIdle,
    bool HasScriptConflict = false)
{
    /// <summary>The template's own value of a template property, or null.</summary>
    public string? Property(RequestMember member) => Properties[RequestMembers.PropertyIndex(member)];
}
