using System.Threading;
using Fluent.Lightsail.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Generator.Bridge;

/// <summary>Finds the official AWSSDK.Lightsail among the compilation's references by the types the bridge uses.</summary>
internal static class AwsSdkDetector
{
    public const string ClientInterfaceMetadataName = "Amazon.Lightsail.IAmazonLightsail";
    public const string RequestMetadataName = "Amazon.Lightsail.Model.CreateInstancesRequest";
    public const string IpAddressTypeMetadataName = "Amazon.Lightsail.IpAddressType";
    public const string StopInstanceOnIdleMetadataName = "Amazon.Lightsail.Model.StopInstanceOnIdleRequest";
    public const string OverloadPriorityMetadataName = "System.Runtime.CompilerServices.OverloadResolutionPriorityAttribute";

    // LanguageVersion.CSharp13, which the Roslyn this generator builds against (4.8) does not name yet.
    private const LanguageVersion CSharp13 = (LanguageVersion)1300;

    /// <returns>
    /// The SDK's shape, or <see langword="null"/> when it is not referenced. A type defined twice (two SDK copies)
    /// resolves to nothing, so the bridge is then left out rather than emitted into an ambiguity.
    /// </returns>
    public static AwsSdkSpec? Detect(Compilation compilation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (compilation.GetTypeByMetadataName(ClientInterfaceMetadataName) is null
            || compilation.GetTypeByMetadataName(RequestMetadataName) is null)
        {
            return null;
        }

        return new AwsSdkSpec(
            compilation.GetTypeByMetadataName(IpAddressTypeMetadataName) is not null,
            compilation.GetTypeByMetadataName(StopInstanceOnIdleMetadataName) is not null,
            compilation is CSharpCompilation { LanguageVersion: >= CSharp13 }
                && compilation.GetTypeByMetadataName(OverloadPriorityMetadataName) is not null);
    }
}
