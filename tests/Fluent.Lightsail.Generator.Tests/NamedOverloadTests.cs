using Fluent.Lightsail.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Generator.Tests;

/// <summary>
/// The <c>Named</c> overloads follow the project's C# version: from C# 13 one <c>params IEnumerable&lt;string&gt;</c>
/// overload takes both names written out and any sequence (two overloads), before it <c>params string[]</c> and
/// <c>IEnumerable&lt;string&gt;</c> do (three). Every way of passing names works the same in both.
/// </summary>
public sealed class NamedOverloadTests
{
    private const string Template = """
        using Fluent.Lightsail;

        namespace Acme;

        [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
        public partial class Web { }
        """;

    public static TheoryData<LanguageVersion, string[]> Overloads => new()
    {
        { LanguageVersion.CSharp12, ["Web.Named(IEnumerable<string>)", "Web.Named(params string[])", "Web.Named(string)"] },
        { LanguageVersion.CSharp13, ["Web.Named(params IEnumerable<string>)", "Web.Named(string)"] },
    };

    [Theory]
    [MemberData(nameof(Overloads))]
    public void The_overloads_follow_the_language_version(LanguageVersion version, string[] expected)
    {
        var outcome = GeneratorHarness.Run([Template], parseOptions: ParseOptions(version));

        Assert.Empty(outcome.Errors);
        var web = outcome.Output.GetTypeByMetadataName("Acme.Web")!;
        var overloads = web.GetMembers("Named")
            .Select(member => member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat
                .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut)))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, overloads);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.CSharp13)]
    public void Every_way_of_passing_names_sends_them_in_order(LanguageVersion version)
    {
        // One request per way of calling Named; each returns its names joined by commas.
        const string probe = """
            new System.Func<string>(() => string.Join("|", System.Linq.Enumerable.Select(new[]
            {
                Acme.Web.Named("one-1").Build(),
                Acme.Web.Named("two-1", "two-2").Build(),
                Acme.Web.Named(new[] { "array-1", "array-2" }).Build(),
                Acme.Web.Named(new System.Collections.Generic.List<string> { "list-1", "list-2" }).Build(),
                Acme.Web.Named(System.Linq.Enumerable.Select(new[] { 1, 2 }, i => "query-" + i)).Build(),
            }, request => string.Join(",", request.InstanceNames))))
            """;

        var names = ProbeRunner.RunToValue<Func<string>>(Template, probe, ParseOptions(version))();

        Assert.Equal("one-1|two-1,two-2|array-1,array-2|list-1,list-2|query-1,query-2", names);
    }

    private static CSharpParseOptions ParseOptions(LanguageVersion version) => GeneratorHarness.ParseOptions.WithLanguageVersion(version);
}
