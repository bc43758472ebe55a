using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Generator.Model;

/// <summary>
/// The assembly's <c>[TemplateDefaults]</c> and <c>[assembly: Tag]</c> values: the only facts the generator takes from
/// the whole compilation, projected small so that edits elsewhere compare equal and leave templates cached.
/// </summary>
/// <param name="Properties">
/// [TemplateDefaults]' properties in the order of <see cref="RequestMembers.TemplateProperties"/>, null when not set.
/// </param>
/// <param name="Tags">The assembly's [Tag]s in declaration order.</param>
internal sealed record AssemblyDefaultsSpec(EquatableArray<string?> Properties, EquatableArray<TagSpec> Tags)
{
    public static readonly AssemblyDefaultsSpec None = new(
        new EquatableArray<string?>(new string?[RequestMembers.TemplateProperties.Length]), EquatableArray<TagSpec>.Empty);

    /// <summary>The default of a template property, or null.</summary>
    public string? Property(RequestMember member) => Properties[RequestMembers.PropertyIndex(member)];
}
