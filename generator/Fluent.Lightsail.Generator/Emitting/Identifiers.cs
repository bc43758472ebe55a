using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Generator.Emitting;

/// <summary>Writes names back as C# identifiers: a keyword used as a name needs its verbatim <c>@</c>.</summary>
internal static class Identifiers
{
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    public static string EscapeDotted(string dotted) =>
        string.Join(".", dotted.Split('.').Select(Escape));
}
