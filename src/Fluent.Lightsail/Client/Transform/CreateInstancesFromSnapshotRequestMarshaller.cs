using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
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
        if (request.InstanceNames != null)
        {
            writer.WriteStartArray("instanceNames");
            foreach (var name in request.InstanceNames)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
        }

        if (request.AttachedDiskMapping != null)
        {
            writer.WriteStartObject("attachedDiskMapping");
            foreach (var entry in request.AttachedDiskMapping)
            {
                writer.WriteStartArray(entry.Key);
                foreach (var disk in entry.Value ?? new System.Collections.Generic.List<DiskMap>())
                {
                    writer.WriteStartObject();
                    WriteIfSet(writer, "originalDiskPath", disk.OriginalDiskPath);
                    WriteIfSet(writer, "newDiskName", disk.NewDiskName);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        WriteIfSet(writer, "availabilityZone", request.AvailabilityZone);
        WriteIfSet(writer, "instanceSnapshotName", request.InstanceSnapshotName);
        WriteIfSet(writer, "bundleId", request.BundleId);
        WriteIfSet(writer, "userData", request.UserData);
        WriteIfSet(writer, "keyPairName", request.KeyPairName);
        if (request.Tags != null)
        {
            writer.WriteStartArray("tags");
            foreach (var tag in request.Tags)
            {
                writer.WriteStartObject();
                WriteIfSet(writer, "key", tag.Key);
                WriteIfSet(writer, "value", tag.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (request.AddOns != null)
        {
            writer.WriteStartArray("addOns");
            foreach (var addOn in request.AddOns)
            {
                writer.WriteStartObject();
                WriteIfSet(writer, "addOnType", addOn.AddOnType?.Value);
                if (addOn.AutoSnapshotAddOnRequest is { } autoSnapshot)
                {
                    writer.WriteStartObject("autoSnapshotAddOnRequest");
                    WriteIfSet(writer, "snapshotTimeOfDay", autoSnapshot.SnapshotTimeOfDay);
                    writer.WriteEndObject();
                }

                if (addOn.StopInstanceOnIdleRequest is { } stopOnIdle)
                {
                    writer.WriteStartObject("stopInstanceOnIdleRequest");
                    WriteIfSet(writer, "threshold", stopOnIdle.Threshold);
                    WriteIfSet(writer, "duration", stopOnIdle.Duration);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteIfSet(writer, "ipAddressType", request.IpAddressType?.Value);
        WriteIfSet(writer, "sourceInstanceName", request.SourceInstanceName);
        WriteIfSet(writer, "restoreDate", request.RestoreDate);
        if (request.UseLatestRestorableAutoSnapshot is { } useLatest)
        {
            writer.WriteBoolean("useLatestRestorableAutoSnapshot", useLatest);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value != null)
        {
            writer.WriteString(name, value);
        }
    }
}
