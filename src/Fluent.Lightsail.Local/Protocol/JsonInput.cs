using System.Text.Json;

namespace Fluent.Lightsail.Local.Protocol;

/// <summary>
/// Reads members of a request body the way the service's deserializer does: a member of the wrong JSON type is a
/// <c>SerializationException</c>; a missing member is <see langword="null"/> and left to the operation's validation.
/// </summary>
internal static class JsonInput
{
    public static string? OptionalString(JsonElement input, string name)
    {
        if (!input.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw ServiceErrors.Serialization($"Expected a string for '{name}' but found {value.ValueKind}.");
    }

    public static bool? OptionalBoolean(JsonElement input, string name)
    {
        if (!input.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw ServiceErrors.Serialization($"Expected a boolean for '{name}' but found {value.ValueKind}."),
        };
    }

    public static IReadOnlyList<JsonElement>? OptionalList(JsonElement input, string name)
    {
        if (!input.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().ToList()
            : throw ServiceErrors.Serialization($"Expected a list for '{name}' but found {value.ValueKind}.");
    }

    public static IReadOnlyList<string>? OptionalStringList(JsonElement input, string name) =>
        OptionalList(input, name)?.Select(item => item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw ServiceErrors.Serialization($"Expected strings in '{name}' but found {item.ValueKind}."))
            .ToList();

    public static JsonElement? OptionalObject(JsonElement input, string name)
    {
        if (!input.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? value
            : throw ServiceErrors.Serialization($"Expected a structure for '{name}' but found {value.ValueKind}.");
    }

    /// <summary>The message coral services give for a missing required member.</summary>
    public static ServiceError Missing(string name) =>
        ServiceErrors.InvalidInput($"1 validation error detected: Value null at '{name}' failed to satisfy constraint: Member must not be null");
}
