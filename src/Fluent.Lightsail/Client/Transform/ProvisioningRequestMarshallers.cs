using System.Collections.Generic;
using System.Text.Json;
using Fluent.Lightsail.Json;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>
/// The bodies of the operations that read and change existing instances. Members in model order (botocore's
/// <c>service-2.json</c>), unset members left out, empty lists kept: what the JS SDK sends, byte for byte.
/// </summary>
internal static class ProvisioningRequestMarshallers
{
    public static RequestMarshaller<GetInstancesRequest> GetInstances { get; } = new("GetInstances", (writer, request) =>
        LightsailJson.WriteIfSet(writer, "pageToken", request.PageToken));

    public static RequestMarshaller<TagResourceRequest> TagResource { get; } = new("TagResource", (writer, request) =>
    {
        LightsailJson.WriteIfSet(writer, "resourceName", request.ResourceName);
        LightsailJson.WriteIfSet(writer, "resourceArn", request.ResourceArn);
        LightsailJson.WriteTags(writer, request.Tags);
    });

    public static RequestMarshaller<UntagResourceRequest> UntagResource { get; } = new("UntagResource", (writer, request) =>
    {
        LightsailJson.WriteIfSet(writer, "resourceName", request.ResourceName);
        LightsailJson.WriteIfSet(writer, "resourceArn", request.ResourceArn);
        LightsailJson.WriteStringList(writer, "tagKeys", request.TagKeys);
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
