using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Fluent.Lightsail.Rules;

/// <summary>Small helpers shared by the rules for messages and fix data.</summary>
/// <remarks>
/// Every message is one line: a build prints a diagnostic up to its first line break and a log line ends there too, so
/// a value with a line break would cut the rule and the fix off. Quoted values are escaped for that reason, and
/// shortened so that a long value does not become the message.
/// </remarks>
internal static class RuleText
{
    private const int MaxQuotedLength = 48;

    /// <summary>
    /// Quotes a value for a message: control and line-break characters escaped (a newline shows as <c>\n</c>), values
    /// longer than 48 characters cut with an ellipsis. Lengths are stated by the rules that are about length.
    /// </summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "(none)";
        }

        var shortened = value.Length <= MaxQuotedLength ? value : Prefix(value, MaxQuotedLength) + "…";
        return "'" + Escape(shortened) + "'";
    }

    /// <summary>One character (or surrogate pair) for a message: quoted when visible, as <c>U+XXXX</c> otherwise.</summary>
    public static string Character(string character)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(character, 0);
        switch (category)
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                // A lone surrogate has no code point of its own: show the UTF-16 unit.
                var codePoint = char.IsSurrogatePair(character, 0) ? char.ConvertToUtf32(character, 0) : character[0];
                return "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
            default:
                return "'" + character + "'";
        }
    }

    /// <summary>
    /// Describes a launch script without its content (scripts often carry secrets, and messages end up in logs): its
    /// UTF-8 size, and its first line only when that is an interpreter line (<c>#!/bin/bash</c>) or a
    /// <c>&lt;powershell&gt;</c>/<c>&lt;script&gt;</c> marker.
    /// </summary>
    public static string UserData(string userData) => UserData(userData, Encoding.UTF8.GetByteCount(userData));

    /// <summary><see cref="UserData(string)"/> with the size already counted.</summary>
    public static string UserData(string userData, int bytes) => "User data (" + UserDataSummary(userData, bytes) + ")";

    /// <summary>The size and marker part of <see cref="UserData(string)"/>: <c>120 bytes, starting '#!/bin/bash'</c>.</summary>
    public static string UserDataSummary(string userData, int bytes)
    {
        var size = Count(bytes, "byte", "bytes");
        var marker = FirstLineMarker(userData);
        return marker is null ? size : size + ", starting '" + marker + "'";
    }

    /// <summary>A count with its noun: <c>1 character</c>, <c>2 characters</c>.</summary>
    public static string Count(int count, string singular, string plural)
        => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    public static IReadOnlyDictionary<string, string?> Fix(string source, string? replacement = null)
    {
        var data = new Dictionary<string, string?> { [FixDataKeys.Source] = source };
        if (replacement != null)
        {
            data[FixDataKeys.Replacement] = replacement;
        }

        return data;
    }

    public static IReadOnlyDictionary<string, string?> Fix(string source, string? replacement, string otherMember, string? otherReplacement)
    {
        var data = new Dictionary<string, string?> { [FixDataKeys.Source] = source };
        if (replacement != null)
        {
            data[FixDataKeys.Replacement] = replacement;
        }

        if (otherReplacement != null)
        {
            data[FixDataKeys.OtherMember] = otherMember;
            data[FixDataKeys.OtherReplacement] = otherReplacement;
        }

        return data;
    }

    /// <summary>Fix data whose replacement is the value in Unicode composed form (NFC).</summary>
    public static IReadOnlyDictionary<string, string?> Composed(string source, string composed)
        => new Dictionary<string, string?>
        {
            [FixDataKeys.Source] = source,
            [FixDataKeys.Replacement] = composed,
            [FixDataKeys.Normalization] = "NFC",
        };

    public static IReadOnlyDictionary<string, string?> Removal(string source)
        => new Dictionary<string, string?> { [FixDataKeys.Source] = source, [FixDataKeys.Remove] = "true" };

    /// <summary>Escapes what would break a line or hide in it: C0/C1 controls, DEL, and the Unicode line separators.</summary>
    internal static string Escape(string text)
    {
        var first = FirstToEscape(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
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

    private static int FirstToEscape(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool NeedsEscape(char c)
        => c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';

    /// <summary>The first <paramref name="length"/> characters, one fewer when the cut would split a surrogate pair.</summary>
    private static string Prefix(string text, int length)
        => char.IsHighSurrogate(text[length - 1]) ? text.Substring(0, length - 1) : text.Substring(0, length);

    private static string? FirstLineMarker(string userData)
    {
        var start = 0;
        while (start < userData.Length && (char.IsWhiteSpace(userData[start]) || userData[start] == '\uFEFF'))
        {
            start++;
        }

        var end = userData.IndexOfAny(new[] { '\n', '\r' }, start);
        var line = (end < 0 ? userData.Substring(start) : userData.Substring(start, end - start)).TrimEnd();
        if (line.StartsWith("#!", StringComparison.Ordinal))
        {
            return IsInterpreterLine(line) ? line : "#!";
        }

        foreach (var marker in new[] { "<powershell>", "<script>" })
        {
            if (line.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                // The marker alone: whatever follows it on the line is script.
                return line.Substring(0, marker.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// <c>#!</c>, a path and plain arguments (<c>#!/usr/bin/env bash</c>, <c>#!/bin/sh -e</c>): letters, digits, spaces
    /// and <c>/ . _ -</c> only, and short. Anything else (an <c>=</c>, quotes) could be data, and is not shown.
    /// </summary>
    private static bool IsInterpreterLine(string line)
    {
        if (line.Length > MaxQuotedLength)
        {
            return false;
        }

        for (var i = 2; i < line.Length; i++)
        {
            var c = line[i];
            if (!(AsciiText.IsLetterOrDigit(c) || c == ' ' || c == '/' || c == '.' || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
