using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.State;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>
/// The resource a tagging call names: by <c>resourceName</c>, and optionally also by <c>resourceArn</c>, which must then
/// be that resource's ARN. Only instances exist in this endpoint.
/// </summary>
internal static class ResourceTarget
{
    public static string? Arn(JsonElement input) => JsonInput.OptionalString(input, "resourceArn");

    public static void CheckArn(string? arn, InstanceRecord instance)
    {
        if (arn is not null && !string.Equals(arn, instance.Arn, StringComparison.Ordinal))
        {
            throw ServiceErrors.InvalidInput($"The resource ARN {arn} is not the ARN of the resource {instance.Name} ({instance.Arn}).");
        }
    }

    /// <summary>The answer of every change: the one operation it started.</summary>
    public static void WriteOperation(Utf8JsonWriter output, OperationRecord operation, DateTimeOffset now)
    {
        output.WriteStartObject();
        OperationJson.WriteList(output, "operations", [operation], now);
        output.WriteEndObject();
    }
}
