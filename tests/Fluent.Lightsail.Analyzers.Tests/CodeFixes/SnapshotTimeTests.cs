using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>FLS7001/FLS7002: Lightsail takes snapshots on the hour, so the fix rounds the time down to HH:00.</summary>
public sealed class SnapshotTimeTests
{
    private const string Linux = """[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]""";

    [Fact]
    public Task A_single_digit_hour_with_minutes_becomes_two_digits_on_the_hour()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Linux + """

                [AutoSnapshot({|FLS7001:"6:30"|})]
                """),
            CodeFixSources.Template(Linux + """

                [AutoSnapshot("06:00")]
                """),
            Fix.Mechanical);

    [Fact]
    public Task A_time_off_the_hour_in_WithAutoSnapshot_is_rounded_down()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithAutoSnapshot({|FLS7002:"23:59"|});"""),
            CodeFixSources.Calls("""Web.Named("web-1").WithAutoSnapshot("23:00");"""),
            Fix.Mechanical);

    [Fact]
    public Task Fix_all_rounds_the_template_and_every_call()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Linux + """

                [AutoSnapshot({|FLS7002:"06:30"|})]
                """) + """
                public static class Calls
                {
                    public static void Run()
                    {
                        Web.Named("web-1").WithAutoSnapshot({|FLS7002:"00:01"|});
                        Web.Named("web-2").WithAutoSnapshot(timeOfDay: {|FLS7002:@"12:45"|}).Build();
                    }
                }
                """,
            CodeFixSources.Template(Linux + """

                [AutoSnapshot("06:00")]
                """) + """
                public static class Calls
                {
                    public static void Run()
                    {
                        Web.Named("web-1").WithAutoSnapshot("00:00");
                        Web.Named("web-2").WithAutoSnapshot(timeOfDay: @"12:00").Build();
                    }
                }
                """,
            Fix.Mechanical);
}
