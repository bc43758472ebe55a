using System.Collections.Immutable;
using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// No fix makes a new diagnostic: every action offered for every diagnostic of generated bad templates and chains (bad
/// values drawn from each rule's pool, duplicates and near-collisions included) is applied on its own, and the result has
/// no FLS id more often than before, fewer FLS diagnostics in all, and no more compiler errors.
/// </summary>
public sealed class FixSafetyTests
{
    private static readonly CodeFixProvider[] Providers = { new ValueCodeFixProvider(), new RemovalCodeFixProvider(), new TemplateShapeCodeFixProvider() };

    private static readonly string[] Zones = { "us-east-2a", "US-EAST-2A", " us-east-2a ", "us-east-2", "us-eest-2b", "us-west-1a", "ap-southeast-4b" };
    private static readonly string[] Blueprints = { "ubuntu_24_04", "windows_server_2022", "windows_server_2025", "ubuntu_26_04", " " };
    private static readonly string[] Bundles = { "small_3_0", "small_win_3_0", "nano_ipv6_3_0", "smal_3_0", "" };
    private static readonly string[] TagKeys = { "env", "env-", "env#", "aws:env", "cost$center", "cost#center", "", "owner", "aws:owner", "cafe\u0301" };
    private static readonly string[] TagValues = { "a", "b#", "aws:x", "a" };
    private static readonly string[] Names = { "web-1", "web 1", "-web-", "a", "web-2" };
    private static readonly string[] Times = { "06:00", "6:30", "06:30", "24:00" };
    private static readonly (string Threshold, string Duration)[] Idle = { ("5", "30"), ("10 ", "1h"), ("150", "30"), ("5%", "2h") };
    private static readonly string?[] IpTypes = { null, "ipv6", "IPv6", "ipv4", "v4" };

    public static IEnumerable<object[]> Seeds => Enumerable.Range(1, 12).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Every_offered_fix_leaves_fewer_diagnostics_and_no_new_one(int seed)
    {
        var source = Generate(new Random(seed));
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await OfferedFixes.AnalyzeAsync(workspace, source);
        var before = Counts(diagnostics);
        var errorsBefore = await ErrorsAsync(document.Project);
        var applied = 0;

        foreach (var diagnostic in diagnostics)
        {
            foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                foreach (var action in actions)
                {
                    var operations = await action.GetOperationsAsync(CancellationToken.None);
                    var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetProject(document.Project.Id)!;
                    var after = Counts(await OfferedFixes.DiagnosticsAsync(changed));
                    var what = $"{diagnostic.Id} '{action.Title}' on\n{source}";

                    Assert.All(after, pair => Assert.True(pair.Value <= before.GetValueOrDefault(pair.Key), $"{pair.Key} grew after {what}"));
                    Assert.True(after.Values.Sum() < before.Values.Sum(), $"Nothing fixed by {what}");
                    Assert.True(await ErrorsAsync(changed) <= errorsBefore, $"A compiler error after {what}");
                    applied++;
                }
            }
        }

        Assert.True(applied > 0, "No fix was offered for\n" + source);
    }

    /// <summary>A template and a chain with values drawn from the pools (mostly bad ones), reproducible from the seed.</summary>
    private static string Generate(Random random)
    {
        T Pick<T>(IReadOnlyList<T> pool) => pool[random.Next(pool.Count)];
        string Literal(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);

        var attributes = new List<string>
        {
            $"[InstanceTemplate(AvailabilityZone = {Literal(Pick(Zones))}, Blueprint = {Literal(Pick(Blueprints))}, Bundle = {Literal(Pick(Bundles))})]",
        };
        for (var i = random.Next(2, 5); i > 0; i--)
        {
            attributes.Add($"[Tag({Literal(Pick(TagKeys))}, {Literal(Pick(TagValues))})]");
        }

        if (random.Next(2) == 0)
        {
            attributes.Add($"[AutoSnapshot({Literal(Pick(Times))})]");
        }

        if (random.Next(3) == 0)
        {
            var (threshold, duration) = Pick(Idle);
            attributes.Add($"[StopInstanceOnIdle({Literal(threshold)}, {Literal(duration)})]");
        }

        var names = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Literal(Pick(Names)));
        var chain = $"Web.Named({string.Join(", ", names)}).InZone({Literal(Pick(Zones))})";
        for (var i = random.Next(0, 3); i > 0; i--)
        {
            chain += $".WithTag({Literal(Pick(TagKeys))}, {Literal(Pick(TagValues))})";
        }

        if (Pick(IpTypes) is { } ip)
        {
            chain += $".WithIpAddressType({Literal(ip)})";
        }

        if (random.Next(2) == 0)
        {
            chain += $".WithAutoSnapshot({Literal(Pick(Times))})";
        }

        return CodeFixSources.Template(string.Join("\n", attributes)) + $$"""
            public static class Calls
            {
                public static void Run() => {{chain}}.Build();
            }
            """;
    }

    private static Dictionary<string, int> Counts(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics.Where(d => d.Id.StartsWith("FLS", StringComparison.Ordinal)).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());

    private static async Task<int> ErrorsAsync(Project project)
        => (await project.GetCompilationAsync())!.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
}
