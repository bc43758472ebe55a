using Fluent.Lightsail.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Generator.Tests.Bridge;

/// <summary>
/// What the generator emits with and without AWSSDK.Lightsail among the references: the bridge (extension methods on the
/// runtime's final stage) only with it, exactly once however many templates there are, and code that compiles either way.
/// </summary>
public sealed class AwsSdkPresenceTests
{
    private const string BridgeHintName = "FluentLightsailAwsSdkBridge.g.cs";

    private static readonly InMemoryAdditionalText ScriptFile = new(Templates.EveryMemberScriptPath, Templates.EveryMemberScript);

    [Fact]
    public void The_bridge_matches_its_golden_file()
    {
        var outcome = RunWithSdk([Templates.EveryMember], ScriptFile);

        GoldenFile.AssertMatches(BridgeHintName, outcome.Source(BridgeHintName));
    }

    [Fact]
    public void Without_the_SDK_nothing_of_it_is_emitted()
    {
        var outcome = GeneratorHarness.Run([Templates.EveryMember, Templates.Minimal], [ScriptFile]);

        Assert.Equal(["Acme.Fleet.DevBox.g.cs", "Acme.Fleet.WebServer.g.cs"], outcome.GeneratedSources.Select(source => source.HintName).Order());
        foreach (var source in outcome.GeneratedSources)
        {
            var text = source.SourceText.ToString();
            Assert.DoesNotContain("Amazon.Lightsail", text, StringComparison.Ordinal);
            Assert.DoesNotContain("BuildAwsRequest", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_SDK_adds_only_the_bridge()
    {
        // A template's file does not depend on the SDK: the SDK's members are the bridge's extension methods.
        var without = GeneratorHarness.Run([Templates.Minimal]);
        var with = RunWithSdk([Templates.Minimal]);

        Assert.Equal(without.Source("Acme.Fleet.DevBox.g.cs"), with.Source("Acme.Fleet.DevBox.g.cs"));
        Assert.Equal(["Acme.Fleet.DevBox.g.cs", BridgeHintName], with.GeneratedSources.Select(source => source.HintName).Order());
        Assert.Empty(with.GeneratedCodeDiagnostics);
    }

    [Fact]
    public void One_bridge_serves_every_template()
    {
        var outcome = RunWithSdk([Templates.Minimal, Templates.EveryMember, Templates.AssemblyDefaults, Templates.Nested, Templates.Record], ScriptFile);

        Assert.Single(outcome.GeneratedSources, source => source.HintName == BridgeHintName);
        Assert.Equal(6, outcome.GeneratedSources.Length);
        Assert.Empty(outcome.Errors);
        Assert.Empty(outcome.GeneratedCodeDiagnostics);
        var conversions = outcome.GeneratedSources.Sum(source => Count(source.SourceText.ToString(), "new global::Amazon.Lightsail.Model.CreateInstancesRequest()"));
        Assert.Equal(1, conversions);
    }

    [Fact]
    public void A_template_calling_only_our_client_compiles_with_and_without_the_SDK()
    {
        const string caller = """
            public static class Caller
            {
                public static System.Threading.Tasks.Task<Fluent.Lightsail.CreatedInstances> Create(Fluent.Lightsail.ILightsailClient client) =>
                    Acme.Fleet.DevBox.Named("dev-1").InZone("eu-west-1a").WithBlueprint("debian_12").WithBundle("nano_3_0").CreateAsync(client);
            }
            """;

        Assert.Empty(GeneratorHarness.Run([Templates.Minimal, caller]).Errors);
        Assert.Empty(RunWithSdk([Templates.Minimal, caller]).Errors);
    }

    [Fact]
    public void Without_the_SDK_the_bridge_members_do_not_exist()
    {
        const string caller = """
            public static class Caller
            {
                public static object Convert() => Acme.Fleet.Worker.Named("worker-1").BuildAwsRequest();
            }
            """;

        var error = Assert.Single(GeneratorHarness.Run([Templates.AssemblyDefaults, caller]).Errors);
        Assert.Equal("CS1061", error.Id);
        Assert.Empty(RunWithSdk([Templates.AssemblyDefaults, caller]).Errors);
    }

    [Fact]
    public void Projects_on_CSharp_7_3_get_a_bridge_they_can_compile()
    {
        const string source = """
            using Fluent.Lightsail;

            namespace Acme
            {
                [InstanceTemplate(AvailabilityZone = "us-east-1a", Blueprint = "debian_12", Bundle = "nano_3_0")]
                [Tag("k")]
                [AutoSnapshot("06:00")]
                public partial class Legacy
                {
                }

                public static class Probe
                {
                    public static object Run() => Legacy.Named("old-1").BuildAwsRequest();
                }
            }
            """;

        var outcome = GeneratorHarness.Run(
            [source],
            parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_3),
            extraReferences: [AwsSdkStandIn.Reference]);

        Assert.DoesNotContain("#nullable", outcome.Source(BridgeHintName), StringComparison.Ordinal);
        Assert.Empty(outcome.GeneratedCodeDiagnostics);
        Assert.Empty(outcome.Errors);
    }

    [Fact]
    public void An_assembly_seeing_another_s_internals_uses_that_bridge_without_ambiguity()
    {
        // Both assemblies reference the SDK and have templates; the one with InternalsVisibleTo would see two sets of the
        // same extension methods (CS0121 at every call), so it uses the one it sees and emits none.
        const string library = """
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("UserProject")]

            namespace Library
            {
                [Fluent.Lightsail.InstanceTemplate(AvailabilityZone = "us-east-1a", Blueprint = "debian_12", Bundle = "nano_3_0")]
                public partial class Shared;
            }
            """;
        var libraryOutcome = GeneratorHarness.Run([library], extraReferences: [AwsSdkStandIn.Reference]);
        var libraryCompilation = libraryOutcome.Output.WithAssemblyName("Library");
        Assert.Empty(libraryCompilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        const string caller = """
            public static class Caller
            {
                public static object Convert() => Library.Shared.Named("shared-1").BuildAwsRequest();
                public static object Send(Amazon.Lightsail.IAmazonLightsail client) =>
                    Acme.Fleet.DevBox.Named("dev-1").InZone("eu-west-1a").WithBlueprint("debian_12").WithBundle("nano_3_0").CreateAsync(client);
            }
            """;
        var outcome = GeneratorHarness.Run(
            [Templates.Minimal, caller],
            extraReferences: [AwsSdkStandIn.Reference, libraryCompilation.ToMetadataReference()]);

        Assert.DoesNotContain(outcome.GeneratedSources, source => source.HintName == BridgeHintName);
        Assert.Single(outcome.Output.GetTypesByMetadataName("FluentLightsailAwsSdkBridge"));
        Assert.Empty(outcome.Errors);
        Assert.Empty(outcome.GeneratedCodeDiagnostics);
    }

    private static GeneratorOutcome RunWithSdk(string[] sources, params AdditionalText[] additionalTexts) =>
        GeneratorHarness.Run(sources, additionalTexts, extraReferences: [AwsSdkStandIn.Reference]);

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
