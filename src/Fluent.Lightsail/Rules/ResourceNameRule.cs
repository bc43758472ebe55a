using System.Text;

namespace Fluent.Lightsail.Rules;

/// <summary>
/// The Developer Guide's resource-name rule (rules N2-N5 and K2): 2 to 255 characters, ASCII letters, digits, '.',
/// '-' and '_', an ASCII letter or digit first and last. The service model's ResourceName regex is not used (see the
/// rules reference, "Where sources disagree" 1).
/// </summary>
internal sealed class ResourceNameRule
{
    public const int MinLength = 2;
    public const int MaxLength = 255;

    private readonly string _kind;
    private readonly string _source;
    private readonly string _lengthId;
    private readonly string _edgesId;
    private readonly string _charactersId;

    public ResourceNameRule(string kind, string source, string lengthId, string edgesId, string charactersId)
    {
        _kind = kind;
        _source = source;
        _lengthId = lengthId;
        _edgesId = edgesId;
        _charactersId = charactersId;
    }

    public static readonly ResourceNameRule InstanceName = new(
        "Instance name", "N2-N4", RuleIds.InstanceNameLength, RuleIds.InstanceNameEdges, RuleIds.InstanceNameCharacters);

    public static readonly ResourceNameRule KeyPairName = new(
        "Key pair name", "K2", RuleIds.KeyPairNameLength, RuleIds.KeyPairNameEdges, RuleIds.KeyPairNameCharacters);

    public static bool IsAllowed(char c) => AsciiText.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '_';

    /// <summary>Whether the name breaks none of the three rules: what <see cref="Check"/> decides before it reports anything.</summary>
    public static bool IsValid(string? name)
    {
        if (name is null || name.Length < MinLength || name.Length > MaxLength
            || !AsciiText.IsLetterOrDigit(name[0]) || !AsciiText.IsLetterOrDigit(name[name.Length - 1]))
        {
            return false;
        }

        return FirstInvalid(name) < 0;
    }

    public void Check(string? name, string member, IRuleSink sink)
    {
        var value = name ?? string.Empty;
        var lengthBad = value.Length < MinLength || value.Length > MaxLength;
        var edgesBad = value.Length > 0 && (!AsciiText.IsLetterOrDigit(value[0]) || !AsciiText.IsLetterOrDigit(value[value.Length - 1]));
        var firstInvalid = FirstInvalid(value);
        if (!lengthBad && !edgesBad && firstInvalid < 0)
        {
            // The common case: a valid name costs no repair and no allocation.
            return;
        }

        var replacement = Repair(value);
        if (lengthBad)
        {
            sink.Report(new RuleViolation(
                _lengthId,
                RuleSeverity.Error,
                member,
                name,
                $"{_kind} {RuleText.Quote(name)} has {RuleText.Count(value.Length, "character", "characters")}; Lightsail needs {MinLength} to {MaxLength} (rule {_source}). " +
                (replacement is null ? "Use a name of 2 to 255 characters." : $"Use {RuleText.Quote(replacement)}."),
                RuleText.Fix(_source, replacement)));
        }

        if (edgesBad)
        {
            sink.Report(new RuleViolation(
                _edgesId,
                RuleSeverity.Error,
                member,
                name,
                $"{_kind} {RuleText.Quote(name)} must start and end with an ASCII letter or digit (rule {_source}). " +
                (replacement is null ? "Remove the leading and trailing punctuation." : $"Use {RuleText.Quote(replacement)}."),
                RuleText.Fix(_source, replacement)));
        }

        if (firstInvalid >= 0)
        {
            sink.Report(new RuleViolation(
                _charactersId,
                RuleSeverity.Error,
                member,
                name,
                $"{_kind} {RuleText.Quote(name)} contains {RuleText.Character(CharacterAt(value, firstInvalid))}; only ASCII letters, digits, '.', '-' and '_' are allowed (rule {_source}). " +
                (replacement is null ? "Replace the other characters." : $"Use {RuleText.Quote(replacement)}."),
                RuleText.Fix(_source, replacement)));
        }
    }

    private static string CharacterAt(string value, int index)
        => char.IsSurrogatePair(value, index) ? value.Substring(index, 2) : value[index].ToString();

    private static int FirstInvalid(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!IsAllowed(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The nearest valid name: other characters become '-', the ends are trimmed, a single character gets a '1'.</summary>
    internal static string? Repair(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(IsAllowed(c) ? c : '-');
        }

        var repaired = TrimToAlphanumeric(builder.ToString());
        if (repaired.Length > MaxLength)
        {
            repaired = TrimToAlphanumeric(repaired.Substring(0, MaxLength));
        }

        if (repaired.Length == 1)
        {
            repaired += "1";
        }

        return repaired.Length >= MinLength && repaired != value ? repaired : null;
    }

    private static string TrimToAlphanumeric(string value)
    {
        var start = 0;
        var end = value.Length - 1;
        while (start <= end && !AsciiText.IsLetterOrDigit(value[start]))
        {
            start++;
        }

        while (end >= start && !AsciiText.IsLetterOrDigit(value[end]))
        {
            end--;
        }

        return value.Substring(start, end - start + 1);
    }
}
