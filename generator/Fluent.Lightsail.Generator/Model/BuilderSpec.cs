namespace Fluent.Lightsail.Generator.Model;

/// <summary>A template ready to emit: where it lives and the merged values its builder starts with.</summary>
internal sealed record BuilderSpec(TypeHierarchySpec Type, RequestValuesSpec Values);
