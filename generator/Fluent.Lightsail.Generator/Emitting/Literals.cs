using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Generator.Emitting;

/// <summary>String values written into generated code: as C# literals, and as text inside XML doc comments.</summary>
internal static class Literals
{
    /// <summary>A C# string literal, or <c>null</c>.</summary>
    public static string Nullable(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>
    /// A C# string literal for a non-nullable parameter. A null attribute argument is passed on as <c>null!</c>: the
    /// analyzers report it at the attribute, and the generated code must not add a nullable warning of its own.
    /// </summary>
    public static string NonNull(string? value) => value is null ? "null!" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>
    /// A value for an XML doc comment: XML-escaped, and with line breaks and other control characters shown as C#
    /// escapes, since a raw line break would end the <c>///</c> comment.
    /// </summary>
    public static string Doc(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                default:
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A value in <c>&lt;c&gt;</c> for XML docs; an empty value shows as <c>""</c>.</summary>
    public static string DocCode(string value) => "<c>" + (value.Length == 0 ? "\"\"" : Doc(value)) + "</c>";
}
