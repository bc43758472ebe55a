using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>A replaced literal keeps its style when the style can hold the new value.</summary>
public sealed class LiteralStyleTests
{
    private const string Key = Fix.Mechanical;

    [Fact]
    public Task Verbatim_and_raw_literals_keep_their_style()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls(""""Web.Named("web-1").InZone({|FLS2002:@"US-EAST-2B"|}).InZone({|FLS2002:"""EU-WEST-1A"""|});""""),
            CodeFixSources.Calls(""""Web.Named("web-1").InZone(@"us-east-2b").InZone("""eu-west-1a""");""""),
            Key);

    [Fact]
    public Task A_constant_expression_that_is_not_a_catalogue_constant_becomes_a_literal()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").InZone({|FLS2002:"US-EAST-" + "2C"|});"""),
            CodeFixSources.Calls("""Web.Named("web-1").InZone("us-east-2c");"""),
            Key);

    [Fact]
    public Task Escapes_are_written_for_values_that_need_them()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithTag("note", {|FLS6003:"tab\there"|});"""),
            CodeFixSources.Calls("""Web.Named("web-1").WithTag("note", "tab-here");"""),
            Fix.Mechanical);
}
