using System.Text;
using System.Text.Json;
using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Analyzers.Tests.SharedReader;

/// <summary>
/// One text for a request's values, written from the analyzers' value set or from the JSON a builder sends, member by
/// member of the request vocabulary, so that the two compare as strings and a difference reads at a glance.
/// </summary>
internal static class RequestDescription
{
    /// <summary>What the test passes to a required step the template leaves open; the analyzers see no value there.</summary>
    public const string RequiredPlaceholder = "<required step>";

    public const string AutoSnapshotOnWithoutTime = RequestMembers.Json.SnapshotTime + " = ∅";

    private const string Unset = "∅";

    public static string Of(ValueSet values)
    {
        var text = new StringBuilder();
        foreach (var member in RequestMembers.All)
        {
            var on = member.Group switch
            {
                ValueGroup.AutoSnapshot => values.AutoSnapshot is not null,
                ValueGroup.StopInstanceOnIdle => values.StopInstanceOnIdle is not null,
                _ => true,
            };
            Line(text, member.JsonName, on ? values.Get(member.JsonName) : null, on);
        }

        Line(text, RequestMembers.Json.AutoSnapshot, values.AutoSnapshot is null ? "off" : "on", true);
        Line(text, RequestMembers.Json.StopInstanceOnIdle, values.StopInstanceOnIdle is null ? "off" : "on", true);
        Tags(text, values.Tags.Select(tag => (tag.Key.Value, tag.Value?.Value)));
        return text.ToString();
    }

    public static string OfJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var request = document.RootElement;
        JsonElement? autoSnapshot = null, stopOnIdle = null;
        if (request.TryGetProperty("addOns", out var addOns))
        {
            foreach (var addOn in addOns.EnumerateArray())
            {
                autoSnapshot ??= addOn.TryGetProperty("autoSnapshotAddOnRequest", out var snapshot) ? snapshot : null;
                stopOnIdle ??= addOn.TryGetProperty("stopInstanceOnIdleRequest", out var idle) ? idle : null;
            }
        }

        var text = new StringBuilder();
        foreach (var member in RequestMembers.All)
        {
            // The JSON name is the member's path: its last segment is the property in the request or in its add-on.
            var property = member.JsonName.Substring(member.JsonName.LastIndexOf('.') + 1);
            var (holder, on) = member.Group switch
            {
                ValueGroup.AutoSnapshot => (autoSnapshot, autoSnapshot is not null),
                ValueGroup.StopInstanceOnIdle => (stopOnIdle, stopOnIdle is not null),
                _ => ((JsonElement?)request, true),
            };
            var value = holder is { } element && element.TryGetProperty(property, out var found) ? found.GetString() : null;
            Line(text, member.JsonName, value == RequiredPlaceholder ? null : value, on);
        }

        Line(text, RequestMembers.Json.AutoSnapshot, autoSnapshot is null ? "off" : "on", true);
        Line(text, RequestMembers.Json.StopInstanceOnIdle, stopOnIdle is null ? "off" : "on", true);
        var tags = request.TryGetProperty(RequestMembers.Json.Tags, out var list)
            ? list.EnumerateArray().Select(tag => (Text(tag, "key"), Text(tag, "value"))).ToList()
            : [];
        Tags(text, tags);
        return text.ToString();
    }

    /// <summary>
    /// The template name and values of one output of the generator's <c>Builders</c> step (a <c>BuilderSpec</c>, internal
    /// to the generator, read by reflection), as <see cref="Of(ValueSet)"/> writes them.
    /// </summary>
    public static (string Name, string Values) OfBuilderSpec(object builder)
    {
        var name = (string)Get(Get(Get(builder, "Type")!, "Declaration")!, "Name")!;
        var spec = Get(builder, "Values")!;
        var autoSnapshot = Get(spec, "AutoSnapshot");
        var stopOnIdle = Get(spec, "StopInstanceOnIdle");
        var text = new StringBuilder();
        foreach (var member in RequestMembers.All)
        {
            var (on, value) = member.JsonName switch
            {
                RequestMembers.Json.UserData => (true, (string?)Get(Get(spec, "UserData"), "Script")),
                RequestMembers.Json.SnapshotTime => (autoSnapshot is not null, (string?)Get(autoSnapshot, "SnapshotTimeOfDay")),
                RequestMembers.Json.Threshold => (stopOnIdle is not null, (string?)Get(stopOnIdle, "Threshold")),
                RequestMembers.Json.Duration => (stopOnIdle is not null, (string?)Get(stopOnIdle, "Duration")),
                // The template properties: inherited values in vocabulary order (the generator links the same vocabulary).
                _ => (true, (string?)Get(((System.Collections.IEnumerable)Get(spec, "Properties")!).Cast<object?>().ElementAt(RequestMembers.PropertyIndex(member)), "Value")),
            };
            Line(text, member.JsonName, value, on);
        }

        Line(text, RequestMembers.Json.AutoSnapshot, autoSnapshot is null ? "off" : "on", true);
        Line(text, RequestMembers.Json.StopInstanceOnIdle, stopOnIdle is null ? "off" : "on", true);
        var tags = ((System.Collections.IEnumerable)Get(spec, "Tags")!).Cast<object>().Select(tag => ((string?)Get(tag, "Key"), (string?)Get(tag, "Value")));
        Tags(text, tags);
        return (name, text.ToString());
    }

    private static object? Get(object? instance, string property) => instance?.GetType().GetProperty(property)!.GetValue(instance);

    private static string? Text(JsonElement element, string property) => element.TryGetProperty(property, out var value) ? value.GetString() : null;

    private static void Line(StringBuilder text, string member, string? value, bool on)
    {
        if (on)
        {
            text.Append(member).Append(" = ").Append(value is null ? Unset : JsonSerializer.Serialize(value)).Append('\n');
        }
    }

    private static void Tags(StringBuilder text, IEnumerable<(string? Key, string? Value)> tags)
    {
        text.Append(RequestMembers.Json.Tags).Append(" = [");
        text.AppendJoin(", ", tags.Select(tag => (tag.Key is null ? Unset : JsonSerializer.Serialize(tag.Key)) + (tag.Value is null ? "" : "=" + JsonSerializer.Serialize(tag.Value))));
        text.Append("]\n");
    }
}
