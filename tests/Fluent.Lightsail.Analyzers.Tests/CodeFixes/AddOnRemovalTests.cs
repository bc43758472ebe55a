using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// FLS7003 (no automatic snapshots on Windows) and FLS7004 (StopInstanceOnIdle is for Lightsail for Research): the fix
/// removes the add-on where it is written, or switches it off in the chain that made the instance unable to have it. A
/// choice: another blueprint or bundle is the other way out, so no Fix All applies it.
/// </summary>
public sealed class AddOnRemovalTests
{
    private const string AutoSnapshotKey = "Remove AutoSnapshot (Windows instances have no automatic snapshots)";
    private const string Windows = """[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.SmallWin3_0)]""";
    private const string Linux = """[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]""";

    [Fact]
    public Task AutoSnapshot_is_removed_from_a_Windows_template()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Windows + """

                [{|FLS7003:AutoSnapshot("06:00")|}]
                """),
            CodeFixSources.Template(Windows),
            AutoSnapshotKey);

    [Fact]
    public Task A_first_AutoSnapshot_attribute_leaves_the_doc_comment_and_indentation()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            Sources.Usings + """
                namespace App
                {
                    /// <summary>The Windows web server.</summary>
                    [{|FLS7003:AutoSnapshot("06:00")|}]
                    [InstanceTemplate(Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.SmallWin3_0)]
                    public partial class Win;
                }
                """,
            Sources.Usings + """
                namespace App
                {
                    /// <summary>The Windows web server.</summary>
                    [InstanceTemplate(Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.SmallWin3_0)]
                    public partial class Win;
                }
                """,
            AutoSnapshotKey);

    [Fact]
    public Task WithAutoSnapshot_leaves_a_Windows_chain()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Windows) + """
                public static class Calls
                {
                    public static void Run() => Web.Named("web-1").WithAutoSnapshot({|FLS7003:"06:00"|}).Build();
                }
                """,
            CodeFixSources.Template(Windows) + """
                public static class Calls
                {
                    public static void Run() => Web.Named("web-1").Build();
                }
                """,
            AutoSnapshotKey);

    [Fact]
    public Task A_chain_that_turns_a_snapshotting_template_into_Windows_switches_AutoSnapshot_off()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Linux + """

                [AutoSnapshot("06:00")]
                """) + """
                public static class Calls
                {
                    public static void Run() => Web.Named("web-1").WithBlueprint("windows_server_2022").WithBundle({|FLS7003:"small_win_3_0"|}).Build();
                }
                """,
            CodeFixSources.Template(Linux + """

                [AutoSnapshot("06:00")]
                """) + """
                public static class Calls
                {
                    public static void Run() => Web.Named("web-1").WithBlueprint("windows_server_2022").WithBundle("small_win_3_0").WithoutAutoSnapshot().Build();
                }
                """,
            AutoSnapshotKey);

    [Fact]
    public Task Each_AutoSnapshot_of_Windows_templates_and_calls_is_removed_by_its_choice()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Windows + """

                [{|FLS7003:AutoSnapshot("06:00")|}]
                """) + """
                [InstanceTemplate(Blueprint = Blueprints.WindowsServer2019, Bundle = Bundles.MediumWin3_0)]
                [Tag("role", "db"), {|FLS7003:AutoSnapshot("02:00")|}]
                public partial class Db;

                """ + Sources.Stages("Db") + """
                public static class Calls
                {
                    public static void Run()
                    {
                        Web.Named("web-1").WithAutoSnapshot({|FLS7003:"07:00"|}).WithTag("a");
                        Db.Named("db-1").WithTag("b").WithAutoSnapshot({|FLS7003:"08:00"|}).Build();
                    }
                }
                """,
            CodeFixSources.Template(Windows) + """
                [InstanceTemplate(Blueprint = Blueprints.WindowsServer2019, Bundle = Bundles.MediumWin3_0)]
                [Tag("role", "db")]
                public partial class Db;

                """ + Sources.Stages("Db") + """
                public static class Calls
                {
                    public static void Run()
                    {
                        Web.Named("web-1").WithTag("a");
                        Db.Named("db-1").WithTag("b").Build();
                    }
                }
                """,
            AutoSnapshotKey);

    [Fact]
    public Task StopInstanceOnIdle_is_removed_outside_Lightsail_for_Research()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Linux + """

                [{|FLS7004:StopInstanceOnIdle("5", "30")|}]
                [Tag("role", "web")]
                """) + """
                public static class Calls
                {
                    public static void Run() => Web.Named("web-1").WithStopInstanceOnIdle({|FLS7004:"10"|}, "60").Build();
                }
                """,
            CodeFixSources.Template(Linux + """

                [Tag("role", "web")]
                """) + """
                public static class Calls
                {
                    public static void Run() => Web.Named("web-1").Build();
                }
                """,
            "Remove StopInstanceOnIdle (Lightsail for Research only)");
}
