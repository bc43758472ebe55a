using System.Text;
using Fluent.Lightsail.Generator.Model;

namespace Fluent.Lightsail.Generator.Emitting;

/// <summary>The hint name of a template's file: its fully qualified name (<c>Ns.Outer.WebServer.g.cs</c>), made file-name safe.</summary>
internal static class HintNames
{
    public static string For(TypeHierarchySpec type)
    {
        var builder = new StringBuilder();
        if (type.Namespace.Length > 0)
        {
            builder.Append(type.Namespace).Append('.');
        }

        foreach (var containing in type.ContainingTypes)
        {
            builder.Append(containing.Name).Append('.');
        }

        builder.Append(type.Declaration.Name);
        for (var i = 0; i < builder.Length; i++)
        {
            var c = builder[i];
            if (!(char.IsLetterOrDigit(c) || c == '.' || c == '_' || c == '-'))
            {
                builder[i] = '_';
            }
        }

        return builder.Append(".g.cs").ToString();
    }
}
