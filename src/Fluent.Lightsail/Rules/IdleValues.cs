using System.Globalization;
using System.Text.RegularExpressions;

namespace Fluent.Lightsail.Rules;

/// <summary>
/// StopInstanceOnIdle numbers written with a unit (O10): the duration is sent in minutes and the threshold as a CPU
/// percentage, so "1h" is "60" and "5%" is "5". A unit that cannot be turned into the one Lightsail expects gets no fix:
/// dropping it would change the value's meaning ("1h" is not "1"). The rule's message (O10) and the code fix offer the
/// same number.
/// </summary>
public static class IdleValues
{
    private static readonly Regex Quantity = new(@"^\s*(?<number>[0-9]+(\.[0-9]+)?)\s*(?<unit>[A-Za-z%]*)\s*$", RegexOptions.CultureInvariant);

    /// <summary>The duration in minutes, or null when the text has no number or a unit that is not a time.</summary>
    public static string? Minutes(string? text) => Convert(text, unit => unit.ToLowerInvariant() switch
    {
        "" or "m" or "min" or "mins" or "minute" or "minutes" => 1,
        "h" or "hr" or "hrs" or "hour" or "hours" => 60,
        "d" or "day" or "days" => 24 * 60,
        _ => null,
    });

    /// <summary>The threshold as a number of percent, or null.</summary>
    public static string? Percent(string? text) => Convert(text, unit => unit is "" or "%" ? 1 : null);

    private static string? Convert(string? text, System.Func<string, int?> factor)
    {
        var match = text is null ? null : Quantity.Match(text);
        if (match is null || !match.Success || factor(match.Groups["unit"].Value) is not { } multiplier)
        {
            return null;
        }

        var value = decimal.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) * multiplier;
        var result = value.ToString("0.##########", CultureInfo.InvariantCulture);
        return result == text ? null : result;
    }
}
