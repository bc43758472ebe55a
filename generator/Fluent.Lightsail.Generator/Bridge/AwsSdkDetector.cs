using System.Threading;
using Fluent.Lightsail.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Bridge;

/// <summary>Finds the official AWSSDK.Lightsail among the compilation's references by the types the bridge uses.</summary>
internal static class AwsSdkDetector
{
    public const string ClientInterfaceMetadataName = "Amazon.Lightsail.IAmazonLightsail";
    public const string RequestMetadataName = "Amazon.Lightsail.Model.CreateInstancesRequest";
    public const string IpAddressTypeMetadataName = "Amazon.Lightsail.IpAddressType";
    public const string StopInstanceOnIdleMetadataName = "Amazon.Lightsail.Model.StopInstanceOnIdleRequest";

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
            HasReferencedBridge(compilation));
    }

    private static bool HasReferencedBridge(Compilation compilation)
    {
        foreach (var bridge in compilation.GetTypesByMetadataName(AwsSdkBridgeEmitter.ClassName))
        {
            if (!SymbolEqualityComparer.Default.Equals(bridge.ContainingAssembly, compilation.Assembly)
                && compilation.IsSymbolAccessibleWithin(bridge, compilation.Assembly))
            {
                return true;
            }
        }

        return false;
    }
}
