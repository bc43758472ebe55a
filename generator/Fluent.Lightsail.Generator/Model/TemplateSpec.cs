namespace Fluent.Lightsail.Generator.Model;

/// <summary>
/// A template of valid shape, as plain data: the first pipeline output, free of symbols and syntax so that it compares
/// by value and unchanged templates stay cached.
/// </summary>
internal sealed record TemplateSpec(TypeHierarchySpec Type, TemplateValuesSpec Values);
