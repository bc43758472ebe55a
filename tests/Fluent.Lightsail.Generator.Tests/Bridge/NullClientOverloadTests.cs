using Fluent.Lightsail.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Generator.Tests.Bridge;

/// <summary>
/// With AWSSDK.Lightsail referenced, the final stage has CreateAsync(ILightsailClient) and CreateAsync(IAmazonLightsail):
/// <c>CreateAsync(null)</c> would be ambiguous (CS0121). Where the project can rank overloads (C# 13 with .NET 9 or
/// later), the product's own overload wins and fails at run time naming the argument.
/// </summary>
public sealed class NullClientOverloadTests
{
    private const string Call = """Acme.Fleet.DevBox.Named("dev-1").InZone("us-east-2a").WithBlueprint(Fluent.Lightsail.Blueprints.Ubuntu24_04).WithBundle(Fluent.Lightsail.Bundles.Small3_0).CreateAsync(null!)""";

    [Fact]
    public void CreateAsync_null_resolves_and_names_the_client_argument()
    {
        var outcome = BridgeProbe.Run(
            Templates.Minimal,
            "((System.Func<object>)(() => { try { " + Call + ".GetAwaiter().GetResult(); return \"no failure\"; } catch (System.ArgumentNullException e) { return e.ParamName!; } }))()");

        Assert.Equal("client", (string)outcome);
    }

    [Fact]
    public void Before_CSharp_13_no_priority_is_emitted_and_the_rest_still_compiles()
    {
        var parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp12);
        var outcome = GeneratorHarness.Run([Templates.Minimal], parseOptions: parseOptions, extraReferences: [AwsSdkStandIn.Reference]);

        Assert.DoesNotContain("OverloadResolutionPriority", outcome.Source("Acme.Fleet.DevBox.g.cs"));
        Assert.Empty(outcome.Errors);
    }
}
