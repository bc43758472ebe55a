namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>A bad value that comes from the user's constant is fixed where the constant is declared, once, not at each use.</summary>
public sealed class ConstantDeclarationTests
{
    [Fact]
    public Task A_constant_field_used_twice_is_fixed_once_where_it_is_declared()
        => LightsailCodeFixTest<Fluent.Lightsail.CodeFixes.ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""
                Web.Named("web-1").InZone({|FLS2002:Placement.Zone|});
                        Web.Named("web-2").InZone({|FLS2002:Placement.Zone|});
                """) + """
                public static class Placement
                {
                    public const string Zone = "US-EAST-2A";
                }
                """,
            CodeFixSources.Calls("""
                Web.Named("web-1").InZone(Placement.Zone);
                        Web.Named("web-2").InZone(Placement.Zone);
                """) + """
                public static class Placement
                {
                    public const string Zone = "us-east-2a";
                }
                """,
            Fix.Mechanical);

    [Fact]
    public Task A_constant_declared_in_another_file_gets_no_fix_rather_than_a_patched_use()
    {
        var source = CodeFixSources.Calls("""Web.Named("web-1").InZone({|FLS2002:Placement.Zone|});""");
        var test = new LightsailCodeFixTest<Fluent.Lightsail.CodeFixes.ValueCodeFixProvider>(source, source, Fix.Mechanical);
        const string placement = """public static class Placement { public const string Zone = "US-EAST-2A"; }""";
        test.TestState.Sources.Add(("Placement.cs", placement));
        test.FixedState.Sources.Add(("Placement.cs", placement));
        return test.RunAsync();
    }
}
