using System.Text;
using Fluent.Lightsail.Generator.Model;

namespace Fluent.Lightsail.Generator.Emitting;

/// <summary>How generated code names a template: fully qualified with <c>global::</c>, and as users read it in messages.</summary>
internal static class TypeNames
{
    /// <summary><c>global::Ns.Outer.WebServer</c>, with keywords escaped.</summary>
    public static string FullyQualified(TypeHierarchySpec type)
    {
        var builder = new StringBuilder("global::");
        if (type.Namespace.Length > 0)
        {
            builder.Append(Identifiers.EscapeDotted(type.Namespace)).Append('.');
        }

        foreach (var containing in type.ContainingTypes)
        {
            builder.Append(Identifiers.Escape(containing.Name)).Append('.');
        }

        return builder.Append(Identifiers.Escape(type.Declaration.Name)).ToString();
    }

    /// <summary><c>Outer.WebServer</c>: the template's name as its users write it inside its namespace.</summary>
    public static string Display(TypeHierarchySpec type)
    {
        var builder = new StringBuilder();
        foreach (var containing in type.ContainingTypes)
        {
            builder.Append(containing.Name).Append('.');
        }

        return builder.Append(type.Declaration.Name).ToString();
    }

    /// <summary>The re-declaration of one level: its modifiers, <c>partial</c>, its keyword and its name.</summary>
    public static string PartialDeclaration(TypeDeclarationSpec declaration)
    {
        var modifiers = declaration.Modifiers.Length > 0 ? declaration.Modifiers + " " : string.Empty;
        return modifiers + "partial " + declaration.Keyword + " " + Identifiers.Escape(declaration.Name);
    }
}
