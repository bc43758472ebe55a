namespace Fluent.Lightsail.Generator.Model;

/// <summary>
/// One type declaration of a template's hierarchy, as needed to re-declare it as <c>partial</c> in generated code.
/// </summary>
/// <param name="Modifiers">The declaration's modifiers other than <c>partial</c>, as written (for example <c>public static</c>).</param>
/// <param name="Keyword">The declaration keyword(s): <c>class</c>, <c>record</c>, <c>record class</c>, <c>struct</c>, <c>record struct</c> or <c>interface</c>.</param>
/// <param name="Name">The type's name without a verbatim <c>@</c>.</param>
internal sealed record TypeDeclarationSpec(string Modifiers, string Keyword, string Name);
