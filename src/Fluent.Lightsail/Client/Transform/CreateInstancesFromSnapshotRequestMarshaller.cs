using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Fluent.Lightsail.Json;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>
/// Marshals <c>CreateInstancesFromSnapshot</c> the way the official SDKs do: model member order, unset members left
/// out, empty lists and maps kept, the same minimal escaping as <c>CreateInstances</c>.
/// </summary>
internal sealed class CreateInstancesFromSnapshotRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static CreateInstancesFromSnapshotRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var request = (CreateInstancesFromSnapshotRequest)input;
        return JsonProtocol.CreateRequest(request, "CreateInstancesFromSnapshot", JsonProtocol.WriteBody(writer => Write(writer, request)));
    }

    private static void Write(Utf8JsonWriter writer, CreateInstancesFromSnapshotRequest request)
    {
        LightsailJson.WriteStringList(writer, "instanceNames", request.InstanceNames);
        if (request.AttachedDiskMapping != null)
        {
            writer.WriteStartObject("attachedDiskMapping");
            foreach (var entry in request.AttachedDiskMapping)
            {
                writer.WriteStartArray(entry.Key);
                foreach (var disk in entry.Value ?? new System.Collections.Generic.List<DiskMap>())
                {
                    writer.WriteStartObject();
                    LightsailJson.WriteIfSet(writer, "originalDiskPath", disk.OriginalDiskPath);
                    LightsailJson.WriteIfSet(writer, "newDiskName", disk.NewDiskName);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        LightsailJson.WriteIfSet(writer, "availabilityZone", request.AvailabilityZone);
        LightsailJson.WriteIfSet(writer, "instanceSnapshotName", request.InstanceSnapshotName);
        LightsailJson.WriteIfSet(writer, "bundleId", request.BundleId);
        LightsailJson.WriteIfSet(writer, "userData", request.UserData);
        LightsailJson.WriteIfSet(writer, "keyPairName", request.KeyPairName);
        LightsailJson.WriteTags(writer, request.Tags);
        LightsailJson.WriteAddOns(writer, request.AddOns);
        LightsailJson.WriteIfSet(writer, "ipAddressType", request.IpAddressType?.Value);
        LightsailJson.WriteIfSet(writer, "sourceInstanceName", request.SourceInstanceName);
        LightsailJson.WriteIfSet(writer, "restoreDate", request.RestoreDate);
        if (request.UseLatestRestorableAutoSnapshot is { } useLatest)
        {
            writer.WriteBoolean("useLatestRestorableAutoSnapshot", useLatest);
        }
    }
}
