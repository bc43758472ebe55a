using System.Globalization;

namespace Fluent.Lightsail.Local;

/// <summary>Reads short durations as people type them: <c>250ms</c>, <c>2s</c>, <c>1.5s</c>, <c>1m</c>, or <c>00:00:02</c>.</summary>
public static class Durations
{
    public static TimeSpan Parse(string text)
    {
        if (TryParse(text, out var value))
        {
            return value;
        }

        throw new FormatException($"'{text}' is not a duration; use 250ms, 2s, 1m or hh:mm:ss.");
    }

    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        var trimmed = text?.Trim() ?? string.Empty;
        (string Suffix, double Factor)[] units = [("ms", 1), ("s", 1000), ("m", 60_000)];
        foreach (var (suffix, factor) in units)
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) &&
                double.TryParse(trimmed[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var number) &&
                number >= 0)
            {
                value = TimeSpan.FromMilliseconds(number * factor);
                return true;
            }
        }

        return TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out value) && value >= TimeSpan.Zero;
    }
}
