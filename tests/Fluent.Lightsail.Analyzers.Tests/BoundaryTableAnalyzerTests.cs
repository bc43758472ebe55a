using System.Text;
using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.RuleCases;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Analyzers.Tests;

/// <summary>
/// Every row of the shared boundary table as a template's attribute values (names as Named(...) arguments): the
/// analyzers must reach the verdict the row states, the same one the runtime tests assert.
/// </summary>
public sealed class BoundaryTableAnalyzerTests
{
    [Theory]
    [MemberData(nameof(BoundaryCases.Rows), MemberType = typeof(BoundaryCases))]
    public async Task The_analyzers_reach_the_rows_verdict(BoundaryCase row)
    {
        var run = await AnalyzerRun.RunAsync(ToSource(row));

        Assert.Empty(run.CompilerErrors);
        var ids = run.AnalyzerDiagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal(row.ExpectedIds, ids);
    }

    internal static string ToSource(BoundaryCase row)
    {
        var source = new StringBuilder(Sources.Usings);
        source.Append("[InstanceTemplate(AvailabilityZone = ").Append(Literal(row.AvailabilityZone))
            .Append(", Blueprint = ").Append(Literal(row.Blueprint))
            .Append(", Bundle = ").Append(Literal(row.Bundle));
        if (row.KeyPair != null)
        {
            source.Append(", KeyPair = ").Append(Literal(row.KeyPair));
        }

        if (row.IpAddressType != null)
        {
            source.Append(", IpAddressType = ").Append(Literal(row.IpAddressType));
        }

        source.AppendLine(")]");
        foreach (var tag in row.Tags)
        {
            source.Append("[Tag(").Append(Literal(tag.Key));
            if (tag.Value != null)
            {
                source.Append(", ").Append(Literal(tag.Value));
            }

            source.AppendLine(")]");
        }

        if (row.UserData != null)
        {
            source.Append("[UserData(").Append(Literal(row.UserData)).AppendLine(")]");
        }

        if (row.AutoSnapshot != null)
        {
            source.Append("[AutoSnapshot(").Append(Literal(row.AutoSnapshot)).AppendLine(")]");
        }

        if (row.StopInstanceOnIdle != null)
        {
            source.Append("[StopInstanceOnIdle(").Append(Literal(row.StopInstanceOnIdle[0])).Append(", ")
                .Append(Literal(row.StopInstanceOnIdle[1])).AppendLine(")]");
        }

        source.AppendLine("public partial class Row;");
        source.Append(Sources.Stages("Row"));
        source.Append("public static class Use { public static void Run() { Row.Named(")
            .Append(string.Join(", ", row.InstanceNames.Select(Literal)))
            .AppendLine("); } }");
        return source.ToString();
    }

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
