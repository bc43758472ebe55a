using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.Validation;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>
/// <c>SetIpAddressType</c> for instances: <c>ipv4</c> drops the IPv6 address, <c>dualstack</c> adds it, and a switch to
/// or from <c>ipv6</c> moves the instance to the plan's IPv6-only (or dual-stack) bundle, which the caller must accept
/// with <c>acceptBundleUpdate</c>. One <c>SetIpAddressType</c> operation.
/// </summary>
internal sealed class SetIpAddressTypeHandler : IOperationHandler
{
    private static readonly string[] ResourceTypes =
    [
        "ContainerService", "Instance", "StaticIp", "KeyPair", "InstanceSnapshot", "Domain", "PeeredVpc", "LoadBalancer",
        "LoadBalancerTlsCertificate", "Disk", "DiskSnapshot", "RelationalDatabase", "RelationalDatabaseSnapshot",
        "ExportSnapshotRecord", "CloudFormationStackRecord", "Alarm", "ContactMethod", "Distribution", "Certificate", "Bucket",
    ];

    public string Name => "SetIpAddressType";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        CreateInstancesValidator.CheckRequired(input, ["resourceType", "resourceName", "ipAddressType"]);
        var resourceType = JsonInput.OptionalString(input, "resourceType")!;
        var name = JsonInput.OptionalString(input, "resourceName")!;
        var ipAddressType = JsonInput.OptionalString(input, "ipAddressType")!;
        var acceptBundleUpdate = JsonInput.OptionalBoolean(input, "acceptBundleUpdate") ?? false;
        CheckResourceType(resourceType, name);
        IpAddressTypeRules.CheckValue(ipAddressType);

        var operation = context.State.ChangeInstance(name, Name, context.Now, context.OperationDelay, context.InjectedFailure, instance =>
        {
            var bundle = IpAddressTypeRules.BundleFor(instance.Bundle, ipAddressType);
            if (bundle != instance.Bundle && !acceptBundleUpdate)
            {
                throw ServiceErrors.InvalidInput(
                    $"Changing the IP address type of {name} from {instance.IpAddressType} to {ipAddressType} changes its bundle from {instance.Bundle.BundleId} to {bundle.BundleId}. Set acceptBundleUpdate to true to accept the new bundle.");
            }

            return instance.Settings with { IpAddressType = ipAddressType, Bundle = bundle };
        });
        ResourceTarget.WriteOperation(output, operation, context.Now);
    }

    private static void CheckResourceType(string resourceType, string name)
    {
        if (!ResourceTypes.Contains(resourceType, StringComparer.Ordinal))
        {
            throw ServiceErrors.InvalidInput(
                $"1 validation error detected: Value '{resourceType}' at 'resourceType' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", ResourceTypes)}]");
        }

        if (resourceType is "LoadBalancer" or "Distribution")
        {
            // The endpoint keeps instances only: a load balancer or distribution of that name cannot exist here.
            throw ServiceErrors.NotFound($"The {resourceType} does not exist: {name}");
        }

        if (resourceType != "Instance")
        {
            throw ServiceErrors.InvalidInput(
                $"The resource type {resourceType} has no IP address type. Use Instance, LoadBalancer or Distribution.");
        }
    }
}
