using System.Text.Json;
using Fluent.Lightsail.Local.Catalog;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.State;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>Writes an <c>Instance</c> shape with the members the service returns for an instance.</summary>
internal static class InstanceJson
{
    public static void Write(Utf8JsonWriter writer, InstanceRecord instance, DateTimeOffset now, TimeSpan publicIpDelay)
    {
        // One read of what operations change, so tags, bundle and addresses agree with each other.
        var settings = instance.Settings;
        var (publicIpv4, ipv6) = instance.AddressesAt(now, publicIpDelay, settings);
        writer.WriteStartObject();
        writer.WriteString("name", instance.Name);
        writer.WriteString("arn", instance.Arn);
        writer.WriteString("supportCode", instance.SupportCode);
        EpochSeconds.Write(writer, "createdAt", instance.CreatedAt);
        writer.WriteStartObject("location");
        writer.WriteString("availabilityZone", instance.AvailabilityZone);
        writer.WriteString("regionName", instance.Region);
        writer.WriteEndObject();
        writer.WriteString("resourceType", "Instance");
        WriteTags(writer, settings.Tags);
        writer.WriteString("blueprintId", instance.Blueprint.BlueprintId);
        writer.WriteString("blueprintName", instance.Blueprint.Name);
        writer.WriteString("bundleId", settings.Bundle.BundleId);
        WriteAddOns(writer, settings.AddOns);
        writer.WriteBoolean("isStaticIp", false);
        writer.WriteString("privateIpAddress", instance.PrivateIpAddress);
        if (publicIpv4 is not null)
        {
            writer.WriteString("publicIpAddress", publicIpv4);
        }

        writer.WriteStartArray("ipv6Addresses");
        foreach (var address in ipv6)
        {
            writer.WriteStringValue(address);
        }

        writer.WriteEndArray();
        writer.WriteString("ipAddressType", settings.IpAddressType);
        WriteHardware(writer, instance, settings.Bundle);
        WriteNetworking(writer, instance, settings.Bundle);
        var (code, name) = instance.StateAt(now);
        writer.WriteStartObject("state");
        writer.WriteNumber("code", code);
        writer.WriteString("name", name);
        writer.WriteEndObject();
        writer.WriteString("username", instance.Blueprint.Username);
        writer.WriteString("sshKeyName", instance.SshKeyName);
        writer.WriteEndObject();
    }

    private static void WriteTags(Utf8JsonWriter writer, IReadOnlyList<InstanceTag> tags)
    {
        writer.WriteStartArray("tags");
        foreach (var tag in tags)
        {
            writer.WriteStartObject();
            writer.WriteString("key", tag.Key);
            if (tag.Value is not null)
            {
                writer.WriteString("value", tag.Value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteAddOns(Utf8JsonWriter writer, IReadOnlyList<InstanceAddOn> addOns)
    {
        writer.WriteStartArray("addOns");
        foreach (var addOn in addOns)
        {
            writer.WriteStartObject();
            writer.WriteString("name", addOn.Name);
            writer.WriteString("status", "Enabled");
            if (addOn.SnapshotTimeOfDay is { } time)
            {
                writer.WriteString("snapshotTimeOfDay", time);
                writer.WriteString("nextSnapshotTimeOfDay", time);
            }

            if (addOn.Threshold is { } threshold)
            {
                writer.WriteString("threshold", threshold);
            }

            if (addOn.Duration is { } duration)
            {
                writer.WriteString("duration", duration);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteHardware(Utf8JsonWriter writer, InstanceRecord instance, BundleInfo bundle)
    {
        writer.WriteStartObject("hardware");
        writer.WriteNumber("cpuCount", bundle.CpuCount);
        writer.WriteStartArray("disks");
        writer.WriteStartObject();
        writer.WriteString("name", instance.Name + "-system-disk");
        EpochSeconds.Write(writer, "createdAt", instance.CreatedAt);
        writer.WriteNumber("sizeInGb", bundle.DiskSizeInGb);
        writer.WriteBoolean("isSystemDisk", true);
        writer.WriteNumber("iops", Math.Max(100, bundle.DiskSizeInGb * 3));
        writer.WriteString("path", instance.Blueprint.IsWindows ? "C:" : "/dev/xvda");
        writer.WriteString("attachedTo", instance.Name);
        writer.WriteString("attachmentState", "attached");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteNumber("ramSizeInGb", bundle.RamSizeInGb);
        writer.WriteEndObject();
    }

    private static void WriteNetworking(Utf8JsonWriter writer, InstanceRecord instance, BundleInfo bundle)
    {
        writer.WriteStartObject("networking");
        writer.WriteStartObject("monthlyTransfer");
        writer.WriteNumber("gbPerMonthAllocated", bundle.TransferPerMonthInGb);
        writer.WriteEndObject();
        writer.WriteStartArray("ports");
        // New instances open SSH (RDP on Windows) and HTTP to everyone, as the service does by default.
        WritePort(writer, instance.Blueprint.IsWindows ? 3389 : 22);
        WritePort(writer, 80);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WritePort(Utf8JsonWriter writer, int port)
    {
        writer.WriteStartObject();
        writer.WriteNumber("fromPort", port);
        writer.WriteNumber("toPort", port);
        writer.WriteString("protocol", "tcp");
        writer.WriteString("accessFrom", "Anywhere (0.0.0.0/0 and ::/0)");
        writer.WriteString("accessType", "public");
        writer.WriteString("commonName", string.Empty);
        writer.WriteString("accessDirection", "inbound");
        writer.WriteStartArray("cidrs");
        writer.WriteStringValue("0.0.0.0/0");
        writer.WriteEndArray();
        writer.WriteStartArray("ipv6Cidrs");
        writer.WriteStringValue("::/0");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
