namespace Fluent.Lightsail.Generator.Model;

/// <summary>Where a template lives: its namespace, the partial types around it (outermost first) and its own declaration.</summary>
/// <param name="Namespace">The dotted namespace, or an empty string for the global namespace.</param>
/// <param name="ContainingTypes">The partial types the template is nested in, outermost first.</param>
/// <param name="Declaration">The template's own declaration.</param>
internal sealed record TypeHierarchySpec(
    string Namespace,
    EquatableArray<TypeDeclarationSpec> ContainingTypes,
    TypeDeclarationSpec Declaration);
