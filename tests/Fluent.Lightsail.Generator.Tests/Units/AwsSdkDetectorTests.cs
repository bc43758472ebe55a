using Fluent.Lightsail.Generator.Bridge;
using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Tests.Units;

/// <summary>What the SDK-presence step projects from a compilation: nothing without the SDK, and which optional types it has.</summary>
public sealed class AwsSdkDetectorTests
{
    [Fact]
    public void WithoutTheSdkThereIsNothing() =>
        Assert.Null(AwsSdkDetector.Detect(GeneratorHarness.Compile(), CancellationToken.None));

    [Fact]
    public void TheV4SurfaceHasEveryOptionalType() =>
        Assert.Equal(new AwsSdkSpec(HasIpAddressType: true, HasStopInstanceOnIdle: true, CanPrioritizeOverloads: true), Detect(AwsSdkStandIn.Current));

    [Fact]
    public void AnOlderReleaseLacksIpAddressTypeAndStopInstanceOnIdle() =>
        Assert.Equal(new AwsSdkSpec(HasIpAddressType: false, HasStopInstanceOnIdle: false, CanPrioritizeOverloads: true), Detect(AwsSdkStandIn.OlderRelease));

    [Fact]
    public void Before_CSharp_13_overloads_cannot_be_ranked()
    {
        var compilation = GeneratorHarness.Compile(GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12), "public class C { }")
            .AddReferences(AwsSdkStandIn.Current.MetadataReference);

        Assert.False(AwsSdkDetector.Detect(compilation, CancellationToken.None)!.CanPrioritizeOverloads);
    }

    private static AwsSdkSpec? Detect(AwsSdkStandIn sdk) =>
        AwsSdkDetector.Detect(GeneratorHarness.Compile().AddReferences(sdk.MetadataReference), CancellationToken.None);
}
