using System.Text.Json;
using System.Text.RegularExpressions;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.State;

namespace Fluent.Lightsail.Local.Validation;

/// <summary>The service's tag rules (G2–G8): key 1–128, value 0–256, allowed characters, no <c>aws:</c>, 50 at most, unique keys.</summary>
internal static partial class TagRules
{
    public const int MaxTags = 50;

    public static IReadOnlyList<InstanceTag> Read(JsonElement input)
    {
        var list = JsonInput.OptionalList(input, "tags");
        if (list is null)
        {
            return [];
        }

        if (list.Count > MaxTags)
        {
            throw ServiceErrors.InvalidInput($"A resource can have at most {MaxTags} tags; the request has {list.Count}.");
        }

        var tags = new List<InstanceTag>();
        foreach (var item in list)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw ServiceErrors.Serialization($"Expected a Tag structure in 'tags' but found {item.ValueKind}.");
            }

            var key = JsonInput.OptionalString(item, "key");
            var value = JsonInput.OptionalString(item, "value");
            if (string.IsNullOrEmpty(key))
            {
                throw ServiceErrors.InvalidInput("Tag keys must not be empty.");
            }

            Check(key, "key", 128);
            if (value is not null)
            {
                Check(value, "value", 256);
            }

            if (tags.Any(tag => tag.Key == key))
            {
                throw ServiceErrors.InvalidInput($"Tag keys must be unique; '{key}' appears more than once.");
            }

            tags.Add(new InstanceTag(key, value));
        }

        return tags;
    }

    private static void Check(string text, string member, int maxLength)
    {
        if (text.Length > maxLength)
        {
            throw ServiceErrors.InvalidInput($"The tag {member} '{text}' is longer than {maxLength} characters.");
        }

        if (!Allowed().IsMatch(text))
        {
            throw ServiceErrors.InvalidInput(
                $"The tag {member} '{text}' contains characters that are not allowed. Use letters, numbers, spaces and + - = . _ : / @.");
        }

        if (text.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
        {
            throw ServiceErrors.InvalidInput($"The tag {member} '{text}' uses the reserved prefix 'aws:'.");
        }
    }

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$")]
    private static partial Regex Allowed();
}
