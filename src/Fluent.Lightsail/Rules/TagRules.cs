using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Fluent.Lightsail.Rules;

/// <summary>Rules G2-G8 on <c>tags</c>, applied to the merged list (assembly, template, call; see the builder contract).</summary>
public static class TagRules
{
    /// <summary>G2: the longest key, in characters.</summary>
    public const int MaxKeyLength = 128;

    /// <summary>G4: the longest value, in characters.</summary>
    public const int MaxValueLength = 256;

    /// <summary>G7: the most tags a resource can carry.</summary>
    public const int MaxTags = 50;

    private const string ReservedPrefix = "aws:";

    private const int SmallListCount = 16;

    // Member names of every allowed tag position, built once: the success path of a check allocates no strings.
    private static readonly string[] KeyMembers = CreateMembers(".key");
    private static readonly string[] ValueMembers = CreateMembers(".value");

    // G5 for each ASCII character, taken from IsAllowed itself: one look-up per character on the common path.
    private static readonly bool[] AsciiAllowed = CreateAsciiAllowed();

    /// <summary>Checks one tag's key and value (G2-G6). Members are <paramref name="member"/>.key and .value.</summary>
    public static void CheckTag(string? key, string? value, string member, IRuleSink sink)
    {
        CheckKey(key, member + ".key", sink);
        CheckValue(value, member + ".value", sink);
    }

    /// <summary>G2/G3, G5, G6 on a key.</summary>
    public static void CheckKey(string? key, string member, IRuleSink sink)
    {
        if (IsPlainValidKey(key))
        {
            return;
        }

        var length = key is null ? 0 : CharacterCount(key);
        if (length < 1 || length > MaxKeyLength)
        {
            var replacement = length > MaxKeyLength ? Truncate(key!, MaxKeyLength) : null;
            sink.Report(new RuleViolation(
                RuleIds.TagKeyLength,
                RuleSeverity.Error,
                member,
                key,
                $"Tag key {RuleText.Quote(key)} has {RuleText.Count(length, "character", "characters")}; a key has 1 to {MaxKeyLength} (rule {(length < 1 ? "G3" : "G2")}). " +
                (length < 1 ? "Give the tag a key." : "Shorten the key."),
                RuleText.Fix(length < 1 ? "G3" : "G2", replacement)));
        }

        CheckCharactersAndPrefix(key, "key", member, sink);
    }

    /// <summary>G4, G5, G6 on a value; <see langword="null"/> and empty make a key-only tag.</summary>
    public static void CheckValue(string? value, string member, IRuleSink sink)
    {
        if (value is null || IsPlainValidValue(value))
        {
            return;
        }

        var length = CharacterCount(value);
        if (length > MaxValueLength)
        {
            sink.Report(new RuleViolation(
                RuleIds.TagValueLength,
                RuleSeverity.Error,
                member,
                value,
                $"Tag value {RuleText.Quote(value)} has {RuleText.Count(length, "character", "characters")}; a value has at most {MaxValueLength} (rule G4). Shorten the value.",
                RuleText.Fix("G4", Truncate(value, MaxValueLength))));
        }

        CheckCharactersAndPrefix(value, "value", member, sink);
    }

    /// <summary>Checks every tag, then the list: at most 50 tags (G7), unique keys (G8, reported on the later tag).</summary>
    public static void CheckTags(IReadOnlyList<KeyValuePair<string?, string?>>? tags, IRuleSink sink)
        => CheckTags(new TagPairList(tags), sink);

    /// <summary>The same checks on a tag list read in place (the runtime passes the request's own list).</summary>
    internal static void CheckTags<TTags>(TTags tags, IRuleSink sink)
        where TTags : struct, ITagList
    {
        if (tags.IsMissing)
        {
            return;
        }

        // A template has a few tags: comparing with the earlier keys beats allocating a set for them.
        var count = tags.Count;
        var keys = count > SmallListCount ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < count; i++)
        {
            var key = tags.KeyAt(i);
            if (keys is null && IsPlainValidKey(key) && IsPlainValidValue(tags.ValueAt(i)) && !KeyAppearsBefore(tags, key!, i))
            {
                // The common case, decided here without the calls, member names and checks below (which would agree).
                continue;
            }

            var keyMember = i < MaxTags ? KeyMembers[i] : "tags[" + i + "].key";
            CheckKey(key, keyMember, sink);
            CheckValue(tags.ValueAt(i), i < MaxTags ? ValueMembers[i] : "tags[" + i + "].value", sink);
            if (keys != null)
            {
                CheckDuplicateKey(key, keyMember, keys, sink);
            }
            else if (key != null && KeyAppearsBefore(tags, key, i))
            {
                ReportDuplicateKey(key, keyMember, sink);
            }
        }

        CheckCount(count, "tags", sink);
    }

    /// <summary>G8: keys are case-sensitive (G9), so only identical keys clash.</summary>
    public static void CheckDuplicateKey(string? key, string member, ISet<string> seenKeys, IRuleSink sink)
    {
        if (key != null && !seenKeys.Add(key))
        {
            ReportDuplicateKey(key, member, sink);
        }
    }

    private static void ReportDuplicateKey(string key, string member, IRuleSink sink)
        => sink.Report(new RuleViolation(
            RuleIds.DuplicateTagKey,
            RuleSeverity.Error,
            member,
            key,
            $"Tag key {RuleText.Quote(key)} is used twice; a resource has one value per key (rule G8). Remove one of the tags.",
            RuleText.Removal("G8")));

    private static bool KeyAppearsBefore<TTags>(TTags tags, string key, int index)
        where TTags : struct, ITagList
    {
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(tags.KeyAt(i), key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>G7 on the merged count.</summary>
    public static void CheckCount(int count, string member, IRuleSink sink)
    {
        if (count > MaxTags)
        {
            sink.Report(new RuleViolation(
                RuleIds.TooManyTags,
                RuleSeverity.Error,
                member,
                count.ToString(CultureInfo.InvariantCulture),
                $"{count} tags exceed the limit of {MaxTags} tags per resource (rule G7). Remove {count - MaxTags} of them.",
                RuleText.Fix("G7")));
        }
    }

    /// <summary>G5: Unicode letters, numbers and separators, and <c>_ . : / = + - @</c>.</summary>
    public static bool IsAllowed(string text, int index)
    {
        var c = text[index];
        if (c == '_' || c == '.' || c == ':' || c == '/' || c == '=' || c == '+' || c == '-' || c == '@')
        {
            return true;
        }

        if (c < 0x80)
        {
            // The same answer as the categories below for ASCII (letters, digits and the space are its only
            // allowed characters), without the Unicode table look-up for each character of every tag.
            return AsciiText.IsLetterOrDigit(c) || c == ' ';
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(text, index))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return true;
            default:
                return false;
        }
    }

    private static void CheckCharactersAndPrefix(string? text, string part, string member, IRuleSink sink)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var invalid = FirstInvalid(text!);
        if (invalid >= 0)
        {
            var bad = char.IsSurrogatePair(text!, invalid) ? text!.Substring(invalid, 2) : text![invalid].ToString();
            // Composed first: a tag pasted in decomposed form keeps its letters ("Grüße", not "Gru-ße").
            var composed = Compose(text!);
            var composedIsValid = composed != text && FirstInvalid(composed) < 0;
            var fix = composedIsValid ? RuleText.Composed("G5", composed) : RuleText.Fix("G5", ReplaceInvalid(composed));

            sink.Report(new RuleViolation(
                RuleIds.TagCharacters,
                RuleSeverity.Error,
                member,
                text,
                $"Tag {part} {RuleText.Quote(text)} contains {RuleText.Character(bad)}; tags allow letters, digits, spaces and + - = . _ : / @ (rule G5). " +
                (composedIsValid
                    ? $"The text is in decomposed form (as macOS pastes it); use its composed form (NFC), {RuleText.Quote(composed)}."
                    : $"Use {RuleText.Quote(ReplaceInvalid(composed))}."),
                fix));
        }

        if (HasReservedPrefix(text!))
        {
            var stripped = text!.Substring(ReservedPrefix.Length);
            var replacement = part == "key" && stripped.Length == 0 ? null : stripped;
            sink.Report(new RuleViolation(
                RuleIds.TagReservedPrefix,
                RuleSeverity.Error,
                member,
                text,
                $"Tag {part} {RuleText.Quote(text)} starts with '{text.Substring(0, ReservedPrefix.Length)}', a prefix AWS reserves in any case (rule G6). " +
                (replacement is null ? "Choose another key." : $"Use {RuleText.Quote(replacement)}."),
                RuleText.Fix("G6", replacement)));
        }
    }

    /// <summary>
    /// The common valid key: ASCII counts one character per char, so the length (G2/G3) and G5 need one pass, then G6.
    /// False says only "take the full checks", which report what is wrong.
    /// </summary>
    private static bool IsPlainValidKey(string? key)
        => key is { Length: >= 1 and <= MaxKeyLength } && IsAllowedAscii(key) && !HasReservedPrefix(key);

    /// <summary>The common valid value: missing, or plain ASCII within G4's length, G5 and G6.</summary>
    private static bool IsPlainValidValue(string? value)
        => value is null || (value.Length <= MaxValueLength && IsAllowedAscii(value) && !HasReservedPrefix(value));

    /// <summary>G6's test, <c>StartsWith("aws:", OrdinalIgnoreCase)</c>, without the call for text that cannot match.</summary>
    private static bool HasReservedPrefix(string text)
    {
        // Only 'a' and 'A' equal 'a' ignoring case among ASCII characters; non-ASCII ones are left to the full comparison.
        var first = text.Length >= ReservedPrefix.Length ? text[0] : '\0';
        if (first < 0x80 && (first | 0x20) != 'a')
        {
            return false;
        }

        return text.StartsWith(ReservedPrefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether every character is ASCII and allowed by G5 (then the character count is the length).</summary>
    private static bool IsAllowedAscii(string text)
    {
        var allowed = AsciiAllowed;
        foreach (var c in text)
        {
            if (c >= allowed.Length || !allowed[c])
            {
                return false;
            }
        }

        return true;
    }

    private static bool[] CreateAsciiAllowed()
    {
        var allowed = new bool[0x80];
        for (var c = 0; c < allowed.Length; c++)
        {
            allowed[c] = IsAllowed(((char)c).ToString(), 0);
        }

        return allowed;
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (!IsAllowed(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The text in Unicode composed form (NFC): a combining mark is not a letter, but "u" + U+0308 composes to "ü",
    /// which is. The text itself when it cannot be normalised (a lone surrogate).
    /// </summary>
    private static string Compose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    private static string ReplaceInvalid(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsSurrogatePair(text, i);
            if (IsAllowed(text, i))
            {
                builder.Append(text, i, pair ? 2 : 1);
            }
            else
            {
                builder.Append('-');
            }

            if (pair)
            {
                i++;
            }
        }

        return builder.ToString();
    }

    private static string[] CreateMembers(string suffix)
    {
        var members = new string[MaxTags];
        for (var i = 0; i < members.Length; i++)
        {
            members[i] = "tags[" + i + "]" + suffix;
        }

        return members;
    }

    /// <summary>Characters as the rules count them: a surrogate pair is one character.</summary>
    internal static int CharacterCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    private static string Truncate(string text, int characters)
    {
        var end = 0;
        for (var counted = 0; counted < characters && end < text.Length; counted++)
        {
            end += char.IsSurrogatePair(text, end) ? 2 : 1;
        }

        return text.Substring(0, end);
    }
}
