using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.State;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>Writes an <c>Instance</c> shape with the members the service returns for a new instance.</summary>
internal static class InstanceJson
{
    public static void Write(Utf8JsonWriter writer, InstanceRecord instance, DateTimeOffset now)
    {
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
        WriteTags(writer, instance.Tags);
        writer.WriteString("blueprintId", instance.Blueprint.BlueprintId);
        writer.WriteString("blueprintName", instance.Blueprint.Name);
        writer.WriteString("bundleId", instance.Bundle.BundleId);
        WriteAddOns(writer, instance.AddOns);
        writer.WriteBoolean("isStaticIp", false);
        writer.WriteString("privateIpAddress", instance.PrivateIpAddress);
        if (instance.PublicIpAddress is { } publicIp)
        {
            writer.WriteString("publicIpAddress", publicIp);
        }

        writer.WriteStartArray("ipv6Addresses");
        foreach (var address in instance.Ipv6Addresses)
        {
            writer.WriteStringValue(address);
        }

        writer.WriteEndArray();
        writer.WriteString("ipAddressType", instance.IpAddressType);
        WriteHardware(writer, instance);
        WriteNetworking(writer, instance);
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

    private static void WriteHardware(Utf8JsonWriter writer, InstanceRecord instance)
    {
        writer.WriteStartObject("hardware");
        writer.WriteNumber("cpuCount", instance.Bundle.CpuCount);
        writer.WriteStartArray("disks");
        writer.WriteStartObject();
        writer.WriteString("name", instance.Name + "-system-disk");
        EpochSeconds.Write(writer, "createdAt", instance.CreatedAt);
        writer.WriteNumber("sizeInGb", instance.Bundle.DiskSizeInGb);
        writer.WriteBoolean("isSystemDisk", true);
        writer.WriteNumber("iops", Math.Max(100, instance.Bundle.DiskSizeInGb * 3));
        writer.WriteString("path", instance.Blueprint.IsWindows ? "C:" : "/dev/xvda");
        writer.WriteString("attachedTo", instance.Name);
        writer.WriteString("attachmentState", "attached");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteNumber("ramSizeInGb", instance.Bundle.RamSizeInGb);
        writer.WriteEndObject();
    }

    private static void WriteNetworking(Utf8JsonWriter writer, InstanceRecord instance)
    {
        writer.WriteStartObject("networking");
        writer.WriteStartObject("monthlyTransfer");
        writer.WriteNumber("gbPerMonthAllocated", instance.Bundle.TransferPerMonthInGb);
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
