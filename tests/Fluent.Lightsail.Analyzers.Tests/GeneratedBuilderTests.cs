using System.Reflection;
using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers.Tests;

/// <summary>
/// The analyzers on builders made by the real generator (not hand-written stages): call-site constants are found on
/// the generated stage interfaces, generated code stays silent, and Build() rejects at run time what only then is known.
/// </summary>
public sealed class GeneratedBuilderTests
{
    private const string Templates = Sources.Usings + """
        [assembly: TemplateDefaults(KeyPair = "deploy")]
        [assembly: Tag("cost-center", "platform")]

        namespace Acme;

        [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
        [Tag("role", "web")]
        [AutoSnapshot("06:00")]
        [UserDataFile("provision/web.sh")]
        public partial class WebServer;

        [InstanceTemplate]
        public partial class DevBox;

        """;

    private static readonly (string, string) WebScript = ("provision/web.sh", "#!/bin/bash\napt-get install -y nginx\n");

    private static string With(string body) => Templates + $$"""
        public static class Calls
        {
            public static string Run(string runtimeName)
            {
                {{body}}
            }
        }
        """;

    private static IEnumerable<(string Id, string Text)> Found(AnalyzerRun run)
        => run.AnalyzerDiagnostics.Select(d => (d.Id, d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)))
            .OrderBy(found => found.Id, StringComparer.Ordinal)
            .ThenBy(found => found.Item2, StringComparer.Ordinal);

    [Fact]
    public async Task Valid_templates_and_calls_have_no_diagnostics_and_compile()
    {
        var run = await AnalyzerRun.RunWithGeneratorAsync(With("""
            WebServer.Named("web-1", "web-2").WithTag("owner", "me").WithoutAutoSnapshot().Build();
            DevBox.Named("dev-1").InZone("eu-west-1a").WithBlueprint(Blueprints.Debian12).WithBundle(Bundles.Nano3_0).Build();
            return "";
            """), WebScript);

        Assert.Empty(run.CompilerErrors);
        Assert.Empty(run.AnalyzerDiagnostics);
        Assert.True(run.Compilation.SyntaxTrees.Count() > 1, "the generator emitted the builders");
    }

    [Fact]
    public async Task Constants_on_generated_stages_are_reported_on_their_literals()
    {
        var run = await AnalyzerRun.RunWithGeneratorAsync(With("""
            WebServer.Named("w").WithTag("bad#key", "v").WithAutoSnapshot("6:30").WithBundle("small_win_3_0");
            DevBox.Named("dev-1").InZone("us-east-2").WithBlueprint("windows_server_2022").WithBundle("small_3_0");
            return "";
            """), WebScript);

        Assert.Empty(run.CompilerErrors);
        Assert.Equal(
            new[]
            {
                ("FLS1001", "\"w\""),
                ("FLS2001", "\"us-east-2\""),
                ("FLS3005", "\"small_3_0\""),
                ("FLS3005", "\"small_win_3_0\""),
                ("FLS6003", "\"bad#key\""),
                ("FLS7001", "\"6:30\""),
                ("FLS7003", "\"6:30\""),
            },
            Found(run));
    }

    [Fact]
    public async Task Build_rejects_run_time_values_before_any_request_exists()
    {
        var run = await AnalyzerRun.RunWithGeneratorAsync(With("""
            try
            {
                WebServer.Named(runtimeName).WithTag("owner", runtimeName).Build();
                return "built";
            }
            catch (LightsailValidationException exception)
            {
                return string.Join(",", System.Linq.Enumerable.Select(exception.Violations, violation => violation.RuleId));
            }
            """), WebScript);
        Assert.Empty(run.CompilerErrors);
        Assert.Empty(run.AnalyzerDiagnostics);

        using var image = new MemoryStream();
        var emitted = run.Compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var calls = Assembly.Load(image.ToArray()).GetType("Acme.Calls")!.GetMethod("Run")!;

        Assert.Equal("built", calls.Invoke(null, new object[] { "web-1" }));
        Assert.Equal("FLS1003,FLS6003", calls.Invoke(null, new object[] { "web#1" }));
    }
}
