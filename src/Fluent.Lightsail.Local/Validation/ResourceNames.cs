using System.Text.RegularExpressions;

namespace Fluent.Lightsail.Local.Validation;

/// <summary>
/// Lightsail resource names (Developer Guide, rule N5): 2 to 255 ASCII letters, digits, <c>. - _</c>, starting and
/// ending with a letter or digit. Spelled with explicit classes: .NET's <c>\w</c> would admit Unicode letters.
/// </summary>
internal static partial class ResourceNames
{
    public const string Rule =
        "Names must be 2 to 255 characters, start and end with a letter or number, and contain only letters, numbers, periods, dashes and underscores.";

    public static bool IsValid(string name) => Pattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,253}[A-Za-z0-9]$")]
    private static partial Regex Pattern();
}
