using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.State;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>Writes an <c>Operation</c> shape as the service does, members in model order.</summary>
internal static class OperationJson
{
    public static void Write(Utf8JsonWriter writer, OperationRecord operation, DateTimeOffset now)
    {
        var snapshot = operation.At(now);
        writer.WriteStartObject();
        writer.WriteString("id", operation.Id);
        writer.WriteString("resourceName", operation.ResourceName);
        writer.WriteString("resourceType", "Instance");
        EpochSeconds.Write(writer, "createdAt", operation.CreatedAt);
        writer.WriteStartObject("location");
        writer.WriteString("availabilityZone", operation.AvailabilityZone);
        writer.WriteString("regionName", operation.Region);
        writer.WriteEndObject();
        writer.WriteBoolean("isTerminal", snapshot.IsTerminal);
        writer.WriteString("operationDetails", operation.OperationDetails);
        writer.WriteString("operationType", operation.OperationType);
        writer.WriteString("status", snapshot.Status);
        EpochSeconds.Write(writer, "statusChangedAt", snapshot.StatusChangedAt);
        if (operation.Failure is { } failure && snapshot.Status == "Failed")
        {
            writer.WriteString("errorCode", failure.ErrorCode);
            writer.WriteString("errorDetails", failure.ErrorDetails);
        }

        writer.WriteEndObject();
    }

    public static void WriteList(Utf8JsonWriter writer, string name, IEnumerable<OperationRecord> operations, DateTimeOffset now)
    {
        writer.WriteStartArray(name);
        foreach (var operation in operations)
        {
            Write(writer, operation, now);
        }

        writer.WriteEndArray();
    }
}
