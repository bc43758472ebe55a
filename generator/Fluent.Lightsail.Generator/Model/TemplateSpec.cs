namespace Fluent.Lightsail.Generator.Model;

/// <summary>
/// A template of valid shape, as plain data: the first pipeline output, free of symbols and syntax so that it compares
/// by value and unchanged templates stay cached.
/// </summary>
/// <param name="Type">Where the template lives.</param>
/// <param name="Values">The template's own values.</param>
/// <param name="HiddenInBase">The generated members that hide a base class's member (see <c>GeneratedMembers.HiddenInBase</c>).</param>
internal sealed record TemplateSpec(TypeHierarchySpec Type, TemplateValuesSpec Values, EquatableArray<string> HiddenInBase = default);
