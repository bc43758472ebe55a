using System.IO;
using System.Text;
using System.Text.Json;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Json;

/// <summary>
/// Writes request bodies exactly as the official SDKs do (awsJson 1.1): camelCase model names in model order, unset
/// members left out (never <c>null</c>), empty lists kept, compact, minimal escaping. The client's marshaller and
/// <see cref="CreateInstancesRequest.ToJson"/> share this one writer.
/// </summary>
internal static class LightsailJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = MinimalJsonEncoder.Instance };

    public static string Serialize(CreateInstancesRequest request) => Encoding.UTF8.GetString(SerializeToUtf8(request));

    public static byte[] SerializeToUtf8(CreateInstancesRequest request)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, request);
        }

        return buffer.ToArray();
    }

    public static void Write(Utf8JsonWriter writer, CreateInstancesRequest request)
    {
        writer.WriteStartObject();
        if (request.InstanceNames != null)
        {
            writer.WriteStartArray("instanceNames");
            foreach (var name in request.InstanceNames)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
        }

        WriteIfSet(writer, "availabilityZone", request.AvailabilityZone);
        WriteIfSet(writer, "blueprintId", request.BlueprintId);
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
                WriteAddOn(writer, addOn);
            }

            writer.WriteEndArray();
        }

        WriteIfSet(writer, "ipAddressType", request.IpAddressType?.Value);
        writer.WriteEndObject();
    }

    private static void WriteAddOn(Utf8JsonWriter writer, AddOnRequest addOn)
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

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value != null)
        {
            writer.WriteString(name, value);
        }
    }
}
