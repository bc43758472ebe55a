using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>FLS1003 (name characters) takes the rule's repaired name; FLS1004 (duplicate name) removes the later one.</summary>
public sealed class InstanceNameTests
{
    [Fact]
    public Task A_name_with_invalid_characters_is_repaired()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named({|FLS1003:"web server"|});"""),
            CodeFixSources.Calls("""Web.Named("web-server");"""),
            "FLS1003.UseReplacement");

    [Fact]
    public Task A_duplicate_name_is_removed()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1", "web-2", {|FLS1004:"web-1"|});"""),
            CodeFixSources.Calls("""Web.Named("web-1", "web-2");"""),
            "FLS1004.Remove");

    [Fact]
    public Task Fix_all_removes_duplicates_from_arguments_and_arrays()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""
                Web.Named("a-1", {|FLS1004:"a-1"|}, "a-2", {|FLS1004:"a-2"|});
                        Web.Named(new[] { "b-1", {|FLS1004:"b-1"|}, "b-2" });
                """),
            CodeFixSources.Calls("""
                Web.Named("a-1", "a-2");
                        Web.Named(new[] { "b-1", "b-2" });
                """),
            "FLS1004.Remove");
}
