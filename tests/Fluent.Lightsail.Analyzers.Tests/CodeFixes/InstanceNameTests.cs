using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// FLS1003 (name characters) takes the rule's repaired name, unique in the call; FLS1004 (duplicate name) renames the
/// later one, as a choice: removing it would create fewer instances.
/// </summary>
public sealed class InstanceNameTests
{
    [Fact]
    public Task A_name_with_invalid_characters_is_repaired()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named({|FLS1003:"web server"|});"""),
            CodeFixSources.Calls("""Web.Named("web-server");"""),
            Fix.Mechanical);

    [Fact]
    public Task A_duplicate_name_is_renamed_to_a_free_one()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1", "web-2", {|FLS1004:"web-1"|});"""),
            CodeFixSources.Calls("""Web.Named("web-1", "web-2", "web-3");"""),
            "Rename the duplicate to 'web-3'");

    [Fact]
    public Task A_repaired_name_does_not_collide_with_another_name()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named({|FLS1003:"web 1"|}, "web-1");"""),
            CodeFixSources.Calls("""Web.Named("web-2", "web-1");"""),
            Fix.Mechanical);

    [Fact]
    public Task A_duplicate_in_an_array_is_renamed()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named(new[] { "bb", {|FLS1004:"bb"|}, "bb-2" });"""),
            CodeFixSources.Calls("""Web.Named(new[] { "bb", "bb-3", "bb-2" });"""),
            "Rename the duplicate to 'bb-3'");
}
