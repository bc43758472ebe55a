using Fluent.Lightsail.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Generator.Tests.Bridge;

/// <summary>
/// With AWSSDK.Lightsail referenced, the final stage has its own CreateAsync(ILightsailClient) and the bridge's
/// CreateAsync(IAmazonLightsail) extension. An instance method beats an extension method, so <c>CreateAsync(null)</c> is
/// never ambiguous (CS0121): it binds to the runtime's overload, which names the argument, on every C# version.
/// </summary>
public sealed class NullClientOverloadTests
{
    private const string Call = """Acme.Fleet.DevBox.Named("dev-1").InZone("us-east-2a").WithBlueprint(Fluent.Lightsail.Blueprints.Ubuntu24_04).WithBundle(Fluent.Lightsail.Bundles.Small3_0).CreateAsync(null!)""";

    private const string Probe =
        "((System.Func<object>)(() => { try { " + Call + ".GetAwaiter().GetResult(); return \"no failure\"; } catch (System.ArgumentNullException e) { return e.ParamName!; } }))()";

    [Theory]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.CSharp13)]
    [InlineData(LanguageVersion.Latest)]
    public void CreateAsync_null_binds_to_the_runtime_overload_and_names_the_client_argument(LanguageVersion version)
    {
        // The probe asserts that the project compiles with no errors at all, CS0121 included.
        var outcome = BridgeProbe.Run(AwsSdkStandIn.Current, GeneratorHarness.ParseOptions.WithLanguageVersion(version), Templates.Minimal, Probe);

        Assert.Equal("client", (string)outcome);
    }

    [Fact]
    public void No_overload_priority_is_emitted()
    {
        var outcome = GeneratorHarness.Run([Templates.Minimal], extraReferences: [AwsSdkStandIn.Reference]);

        Assert.All(outcome.GeneratedTrees, tree => Assert.DoesNotContain("OverloadResolutionPriority", tree.ToString()));
        Assert.Empty(outcome.Errors);
    }
}
