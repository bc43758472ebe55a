using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>FLS6004: AWS reserves the aws: prefix (any case) on tag keys and values; the fix drops it.</summary>
public sealed class TagPrefixTests
{
    private const string Key = Fix.Mechanical;

    [Fact]
    public Task The_prefix_is_dropped_from_a_key()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithTag({|FLS6004:"aws:backup"|});"""),
            CodeFixSources.Calls("""Web.Named("web-1").WithTag("backup");"""),
            Key);

    [Fact]
    public Task A_key_that_is_only_the_prefix_has_no_fix()
    {
        // Dropping the prefix would leave an empty key, which G3 forbids; the rule sends no replacement.
        var source = Sources.Usings + """[Tag({|FLS6004:"AWS:"|})] public class Tagged { }""";
        return LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(source, source, Key);
    }

    [Fact]
    public Task Fix_all_drops_the_prefix_in_any_case_from_keys_and_values()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            Sources.Usings + """
                [assembly: Tag({|FLS6004:"AWS:owner"|}, {|FLS6004:"Aws:me"|})]
                [Tag("env", {|FLS6004:"aws:prod"|})]
                public class Tagged { }
                """,
            Sources.Usings + """
                [assembly: Tag("owner", "me")]
                [Tag("env", "prod")]
                public class Tagged { }
                """,
            Key);
}
