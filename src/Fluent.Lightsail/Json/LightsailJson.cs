using System.Collections.Generic;
using System;
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

    // A body is written into a buffer and a writer kept per thread, so that ToJson() allocates the string it returns
    // and little else (docs/performance.md). A buffer that grew for a large request is not kept.
    private const int LargestKeptBuffer = 64 * 1024;

    [ThreadStatic]
    private static MemoryStream? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static string Serialize(CreateInstancesRequest request)
    {
        var buffer = WriteToThreadBuffer(request);
        try
        {
            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        finally
        {
            Release(buffer);
        }
    }

    public static byte[] SerializeToUtf8(CreateInstancesRequest request)
    {
        var buffer = WriteToThreadBuffer(request);
        try
        {
            return buffer.ToArray();
        }
        finally
        {
            Release(buffer);
        }
    }

    private static MemoryStream WriteToThreadBuffer(CreateInstancesRequest request)
    {
        // Taken off the thread while in use: nothing here calls back into user code, but a reentrant call must not share it.
        var buffer = t_buffer ?? new MemoryStream();
        var writer = t_writer;
        t_buffer = null;
        t_writer = null;
        buffer.SetLength(0);
        if (writer is null)
        {
            writer = new Utf8JsonWriter(buffer, WriterOptions);
        }
        else
        {
            writer.Reset(buffer);
        }

        Write(writer, request);
        writer.Flush();
        t_writer = writer;
        return buffer;
    }

    private static void Release(MemoryStream buffer)
    {
        if (buffer.Capacity <= LargestKeptBuffer)
        {
            t_buffer = buffer;
        }
        else
        {
            // The writer still points at the large buffer; the next call resets it onto a new one.
            t_writer?.Reset(Stream.Null);
        }
    }

    public static void Write(Utf8JsonWriter writer, CreateInstancesRequest request)
    {
        writer.WriteStartObject();
        WriteStringList(writer, "instanceNames", request.InstanceNames);
        WriteIfSet(writer, "availabilityZone", request.AvailabilityZone);
        WriteIfSet(writer, "blueprintId", request.BlueprintId);
        WriteIfSet(writer, "bundleId", request.BundleId);
#pragma warning disable CS0618 // Deprecated by the service, but sent when a caller sets it, as the official SDKs do.
        WriteIfSet(writer, "customImageName", request.CustomImageName);
#pragma warning restore CS0618
        WriteIfSet(writer, "userData", request.UserData);
        WriteIfSet(writer, "keyPairName", request.KeyPairName);
        WriteTags(writer, request.Tags);
        WriteAddOns(writer, request.AddOns);
        WriteIfSet(writer, "ipAddressType", request.IpAddressType?.Value);
        writer.WriteEndObject();
    }

    // The member writers below are shared with the other requests that carry tags or add-ons (CreateInstancesFromSnapshot,
    // TagResource, EnableAddOn), whose bodies must follow the same rules.

    /// <summary>A list of strings, or nothing when unset; an empty list is written as <c>[]</c>.</summary>
    internal static void WriteStringList(Utf8JsonWriter writer, string name, List<string>? values)
    {
        if (values == null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary><c>tags</c>: each tag's key, then its value only when set (a key-only tag has no <c>value</c>).</summary>
    internal static void WriteTags(Utf8JsonWriter writer, List<Tag>? tags)
    {
        if (tags == null)
        {
            return;
        }

        writer.WriteStartArray("tags");
        foreach (var tag in tags)
        {
            writer.WriteStartObject();
            WriteIfSet(writer, "key", tag.Key);
            WriteIfSet(writer, "value", tag.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary><c>addOns</c> with their sub-requests, in model order.</summary>
    internal static void WriteAddOns(Utf8JsonWriter writer, List<AddOnRequest>? addOns)
    {
        if (addOns == null)
        {
            return;
        }

        writer.WriteStartArray("addOns");
        foreach (var addOn in addOns)
        {
            WriteAddOn(writer, addOn);
        }

        writer.WriteEndArray();
    }

    internal static void WriteAddOn(Utf8JsonWriter writer, AddOnRequest addOn)
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

    /// <summary>A string member, left out when unset (the SDKs never send <c>null</c>).</summary>
    internal static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value != null)
        {
            writer.WriteString(name, value);
        }
    }
}
