namespace Fluent.Lightsail.Generator.Model;

/// <summary>A template ready to emit: where it lives and the merged values its builder starts with.</summary>
/// <param name="Type">Where the template lives.</param>
/// <param name="Values">The merged values.</param>
/// <param name="HiddenInBase">The generated members that hide a base class's member, and so are declared <c>new</c>.</param>
internal sealed record BuilderSpec(TypeHierarchySpec Type, RequestValuesSpec Values, EquatableArray<string> HiddenInBase = default);
