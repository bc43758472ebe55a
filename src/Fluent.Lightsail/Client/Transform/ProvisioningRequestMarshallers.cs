using System.Collections.Generic;
using System.Text.Json;
using Fluent.Lightsail.Json;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>
/// The bodies of the operations that read and change existing instances: unset members left out, empty lists kept,
/// members in the order the JS SDK writes them, byte for byte (tests/Fluent.Lightsail.Tests/WireParity). That is the
/// Smithy model's order, which for TagResource and UntagResource puts <c>resourceArn</c> last, unlike botocore's
/// <c>service-2.json</c>.
/// </summary>
internal static class ProvisioningRequestMarshallers
{
    public static RequestMarshaller<GetInstancesRequest> GetInstances { get; } = new("GetInstances", (writer, request) =>
        LightsailJson.WriteIfSet(writer, "pageToken", request.PageToken));

    public static RequestMarshaller<TagResourceRequest> TagResource { get; } = new("TagResource", (writer, request) =>
    {
        LightsailJson.WriteIfSet(writer, "resourceName", request.ResourceName);
        LightsailJson.WriteTags(writer, request.Tags);
        LightsailJson.WriteIfSet(writer, "resourceArn", request.ResourceArn);
    });

    public static RequestMarshaller<UntagResourceRequest> UntagResource { get; } = new("UntagResource", (writer, request) =>
    {
        LightsailJson.WriteIfSet(writer, "resourceName", request.ResourceName);
        LightsailJson.WriteStringList(writer, "tagKeys", request.TagKeys);
        LightsailJson.WriteIfSet(writer, "resourceArn", request.ResourceArn);
    });

    public static RequestMarshaller<EnableAddOnRequest> EnableAddOn { get; } = new("EnableAddOn", (writer, request) =>
    {
        LightsailJson.WriteIfSet(writer, "resourceName", request.ResourceName);
        if (request.AddOnRequest is { } addOn)
        {
            writer.WritePropertyName("addOnRequest");
            LightsailJson.WriteAddOn(writer, addOn);
        }
    });

    public static RequestMarshaller<DisableAddOnRequest> DisableAddOn { get; } = new("DisableAddOn", (writer, request) =>
    {
        LightsailJson.WriteIfSet(writer, "addOnType", request.AddOnType?.Value);
        LightsailJson.WriteIfSet(writer, "resourceName", request.ResourceName);
    });

    public static RequestMarshaller<SetIpAddressTypeRequest> SetIpAddressType { get; } = new("SetIpAddressType", (writer, request) =>
    {
        LightsailJson.WriteIfSet(writer, "resourceType", request.ResourceType?.Value);
        LightsailJson.WriteIfSet(writer, "resourceName", request.ResourceName);
        LightsailJson.WriteIfSet(writer, "ipAddressType", request.IpAddressType?.Value);
        WriteIfSet(writer, "acceptBundleUpdate", request.AcceptBundleUpdate);
    });

    public static RequestMarshaller<DeleteInstanceRequest> DeleteInstance { get; } = new("DeleteInstance", (writer, request) =>
    {
        LightsailJson.WriteIfSet(writer, "instanceName", request.InstanceName);
        WriteIfSet(writer, "forceDeleteAddOns", request.ForceDeleteAddOns);
    });

    private static void WriteIfSet(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } set)
        {
            writer.WriteBoolean(name, set);
        }
    }
}
