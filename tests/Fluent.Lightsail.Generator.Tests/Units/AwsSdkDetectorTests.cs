using Fluent.Lightsail.Generator.Bridge;
using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Tests.Units;

/// <summary>What the SDK-presence step projects from a compilation: nothing without the SDK, and which optional types it has.</summary>
public sealed class AwsSdkDetectorTests
{
    [Fact]
    public void Without_the_SDK_there_is_nothing() =>
        Assert.Null(AwsSdkDetector.Detect(GeneratorHarness.Compile(), CancellationToken.None));

    [Fact]
    public void The_v4_surface_has_every_optional_type() =>
        Assert.Equal(new AwsSdkSpec(HasIpAddressType: true, HasStopInstanceOnIdle: true), Detect(AwsSdkStandIn.Current));

    [Fact]
    public void An_older_release_lacks_IpAddressType_and_StopInstanceOnIdle() =>
        Assert.Equal(new AwsSdkSpec(HasIpAddressType: false, HasStopInstanceOnIdle: false), Detect(AwsSdkStandIn.OlderRelease));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_referenced_bridge_counts_only_when_its_internals_are_visible(bool internalsVisible)
    {
        var library = GeneratorHarness.Run(
                [(internalsVisible ? "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"UserProject\")]\n" : string.Empty) + "public class Library { }"],
                extraReferences: [AwsSdkStandIn.Reference])
            .Output.WithAssemblyName("Library");
        Assert.NotNull(library.GetTypeByMetadataName(AwsSdkBridgeEmitter.ClassName));

        var compilation = GeneratorHarness.Compile().AddReferences(AwsSdkStandIn.Reference, library.ToMetadataReference());

        Assert.Equal(internalsVisible, AwsSdkDetector.Detect(compilation, CancellationToken.None)!.ReferencedBridge);
    }

    private static AwsSdkSpec? Detect(AwsSdkStandIn sdk) =>
        AwsSdkDetector.Detect(GeneratorHarness.Compile().AddReferences(sdk.MetadataReference), CancellationToken.None);
}
