namespace Fluent.Lightsail.Generator.Emitting;

/// <summary>The <c>[GeneratedCode]</c> line every generated type and member carries, naming this generator and its version.</summary>
internal static class GeneratedCodeAttributeText
{
    public static readonly string Line =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"Fluent.Lightsail.Generator\", \""
        + (typeof(GeneratedCodeAttributeText).Assembly.GetName().Version?.ToString() ?? "0.0.0.0")
        + "\")]";
}
