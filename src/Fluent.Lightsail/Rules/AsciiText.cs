namespace Fluent.Lightsail.Rules;

/// <summary>ASCII character classes. .NET's char.IsLetterOrDigit and \w accept Unicode, which the name rules do not.</summary>
internal static class AsciiText
{
    public static bool IsLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c);

    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    public static bool IsLower(char c) => c >= 'a' && c <= 'z';

    public static bool IsNullOrWhiteSpace(string? value)
    {
        if (value is null)
        {
            return true;
        }

        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
