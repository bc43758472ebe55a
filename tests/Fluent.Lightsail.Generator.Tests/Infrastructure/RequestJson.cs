using System.Text.Json;

namespace Fluent.Lightsail.Generator.Tests.Infrastructure;

/// <summary>Reads the members of a CreateInstances request body, in the SDK's JSON names.</summary>
internal static class RequestJson
{
    public static string? String(this JsonElement request, string member) =>
        request.TryGetProperty(member, out var value) ? value.GetString() : null;

    public static bool Has(this JsonElement request, string member) => request.TryGetProperty(member, out _);

    public static string[] Names(this JsonElement request) =>
        [.. request.GetProperty("instanceNames").EnumerateArray().Select(name => name.GetString()!)];

    /// <summary>The tags in request order, as (key, value) with a null value for a key-only tag.</summary>
    public static (string Key, string? Value)[] Tags(this JsonElement request) =>
        request.TryGetProperty("tags", out var tags)
            ? [.. tags.EnumerateArray().Select(tag => (tag.GetProperty("key").GetString()!, tag.String("value")))]
            : [];

    public static JsonElement[] AddOns(this JsonElement request) =>
        request.TryGetProperty("addOns", out var addOns) ? [.. addOns.EnumerateArray()] : [];
}
