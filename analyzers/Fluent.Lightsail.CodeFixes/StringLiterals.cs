using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// String literals for replacement values, in the style of the literal they replace (regular, verbatim or raw), so
/// that a fix of a raw-string script stays a readable raw string. A style that cannot hold the value falls back to a
/// regular literal.
/// </summary>
internal static class StringLiterals
{
    public static LiteralExpressionSyntax Regular(string value)
        => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    public static LiteralExpressionSyntax Like(LiteralExpressionSyntax original, string value)
    {
        var token = original.Token;
        var text = token.Kind() switch
        {
            SyntaxKind.StringLiteralToken when token.Text.StartsWith("@", StringComparison.Ordinal) => Verbatim(value),
            SyntaxKind.SingleLineRawStringLiteralToken => SingleLineRaw(value, QuoteCount(token.Text)),
            SyntaxKind.MultiLineRawStringLiteralToken => MultiLineRaw(value, token.Text),
            _ => null,
        };

        // Parse the text back and keep it only if it means the value (raw strings have rules on quotes and lines). A
        // multi-line raw string's line breaks are the file's, so there "\n" and "\r\n" count as the same break.
        if (text != null
            && SyntaxFactory.ParseExpression(text) is LiteralExpressionSyntax parsed
            && !parsed.ContainsDiagnostics
            && (parsed.Token.ValueText == value
                || (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && SameLines(parsed.Token.ValueText, value))))
        {
            return parsed;
        }

        return Regular(value);
    }

    private static bool SameLines(string a, string b)
        => a.Replace("\r\n", "\n") == b.Replace("\r\n", "\n");

    private static string Verbatim(string value) => "@\"" + value.Replace("\"", "\"\"") + "\"";

    private static string? SingleLineRaw(string value, int quotes)
    {
        if (value.Length == 0 || value.IndexOf('\n') >= 0 || value.IndexOf('\r') >= 0 || value[0] == '"' || value[value.Length - 1] == '"')
        {
            return null;
        }

        var delimiter = new string('"', Math.Max(quotes, LongestQuoteRun(value) + 1));
        return delimiter + value + delimiter;
    }

    private static string? MultiLineRaw(string value, string originalText)
    {
        var quotes = QuoteCount(originalText);
        var newLine = originalText.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
        var lastNewLine = originalText.LastIndexOf('\n');
        if (lastNewLine < 0)
        {
            return null;
        }

        // The closing delimiter's indentation is removed from every content line, so every line gets it back.
        var closing = originalText.Substring(lastNewLine + 1);
        var indentation = new string(closing.TakeWhile(c => c == ' ' || c == '\t').ToArray());
        var delimiter = new string('"', Math.Max(quotes, LongestQuoteRun(value) + 1));
        var lines = value.Replace("\r\n", "\n").Split('\n').Select(line => line.Length == 0 ? line : indentation + line);
        return delimiter + newLine + string.Join(newLine, lines) + newLine + indentation + delimiter;
    }

    private static int QuoteCount(string text)
    {
        var count = 0;
        while (count < text.Length && text[count] == '"')
        {
            count++;
        }

        return Math.Max(count, 3);
    }

    private static int LongestQuoteRun(string value)
    {
        int longest = 0, run = 0;
        foreach (var c in value)
        {
            run = c == '"' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
