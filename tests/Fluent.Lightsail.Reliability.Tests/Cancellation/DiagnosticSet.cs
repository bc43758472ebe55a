using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Reliability.Tests.Cancellation;

/// <summary>Diagnostics as comparable text (id, file, span, message), in a stable order.</summary>
internal static class DiagnosticSet
{
    public static IReadOnlyList<string> Of(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics
            .Select(d => $"{d.Id} {d.Location.SourceTree?.FilePath}{d.Location.SourceSpan} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)];

    public static string? DifferenceFrom(IReadOnlyList<string> actual, IReadOnlyList<string> expected)
    {
        if (actual.SequenceEqual(expected, StringComparer.Ordinal))
        {
            return null;
        }

        var missing = expected.Except(actual, StringComparer.Ordinal).Take(3);
        var extra = actual.Except(expected, StringComparer.Ordinal).Take(3);
        return $"{actual.Count} vs {expected.Count} diagnostics; missing [{string.Join(" | ", missing)}]; extra [{string.Join(" | ", extra)}]";
    }
}
