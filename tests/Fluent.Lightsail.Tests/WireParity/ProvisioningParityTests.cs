using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fluent.Lightsail.Client.Transform;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Tests.WireParity;

/// <summary>
/// The bodies of GetInstances, TagResource, UntagResource, EnableAddOn, DisableAddOn, SetIpAddressType and
/// DeleteInstance against the official JS SDK's for the same input, byte for byte. Each JS input is built member by
/// member in reverse order, independently of our writer.
/// </summary>
public sealed class ProvisioningParityTests
{
    private const int RandomCases = 60;

    [Fact]
    public Task GetInstances_body_is_byte_identical_to_the_official_js_sdk() => AssertParityAsync(
        "GetInstances",
        [new GetInstancesRequest(), new GetInstancesRequest { PageToken = "eyJrIjoxfQ==" }, .. Random(1, r => new GetInstancesRequest { PageToken = Maybe(r, Text) })],
        ProvisioningRequestMarshallers.GetInstances.Body,
        request => Input(("pageToken", request.PageToken)));

    [Fact]
    public Task TagResource_body_is_byte_identical_to_the_official_js_sdk() => AssertParityAsync(
        "TagResource",
        [
            new TagResourceRequest { ResourceName = "web-1", Tags = [new Tag { Key = "role", Value = "web" }, new Tag { Key = "solo" }, new Tag { Key = "empty", Value = "" }] },
            new TagResourceRequest { ResourceName = "web-1", ResourceArn = "arn:aws:lightsail:us-east-1:123456789012:Instance/abc", Tags = [] },
            new TagResourceRequest(),
            .. Random(2, r => new TagResourceRequest
            {
                ResourceName = Maybe(r, Text),
                ResourceArn = Maybe(r, Text),
                Tags = Maybe(r, rr => Enumerable.Range(0, rr.Next(0, 4)).Select(_ => new Tag { Key = Maybe(rr, Text), Value = Maybe(rr, Text) }).ToList()),
            }),
        ],
        ProvisioningRequestMarshallers.TagResource.Body,
        request => Input(("tags", Tags(request.Tags)), ("resourceArn", request.ResourceArn), ("resourceName", request.ResourceName)));

    [Fact]
    public Task UntagResource_body_is_byte_identical_to_the_official_js_sdk() => AssertParityAsync(
        "UntagResource",
        [
            new UntagResourceRequest { ResourceName = "web-1", TagKeys = ["role", "é中😀"] },
            new UntagResourceRequest { ResourceName = "web-1", TagKeys = [] },
            .. Random(3, r => new UntagResourceRequest
            {
                ResourceName = Maybe(r, Text),
                ResourceArn = Maybe(r, Text),
                TagKeys = Maybe(r, rr => Enumerable.Range(0, rr.Next(0, 4)).Select(_ => Text(rr)).ToList()),
            }),
        ],
        ProvisioningRequestMarshallers.UntagResource.Body,
        request => Input(("tagKeys", Strings(request.TagKeys)), ("resourceArn", request.ResourceArn), ("resourceName", request.ResourceName)));

    [Fact]
    public Task EnableAddOn_body_is_byte_identical_to_the_official_js_sdk() => AssertParityAsync(
        "EnableAddOn",
        [
            new EnableAddOnRequest { ResourceName = "web-1", AddOnRequest = new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" } } },
            new EnableAddOnRequest { ResourceName = "r", AddOnRequest = new AddOnRequest { AddOnType = AddOnType.StopInstanceOnIdle, StopInstanceOnIdleRequest = new StopInstanceOnIdleRequest { Threshold = "5", Duration = "30" } } },
            new EnableAddOnRequest { AddOnRequest = new AddOnRequest { AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest() } },
            .. Random(4, r => new EnableAddOnRequest
            {
                ResourceName = Maybe(r, Text),
                AddOnRequest = Maybe(r, rr => new AddOnRequest
                {
                    AddOnType = Maybe(rr, x => new AddOnType(Text(x))),
                    AutoSnapshotAddOnRequest = Maybe(rr, x => new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = Maybe(x, Text) }),
                    StopInstanceOnIdleRequest = Maybe(rr, x => new StopInstanceOnIdleRequest { Threshold = Maybe(x, Text), Duration = Maybe(x, Text) }),
                }),
            }),
        ],
        ProvisioningRequestMarshallers.EnableAddOn.Body,
        request => Input(("addOnRequest", AddOn(request.AddOnRequest)), ("resourceName", request.ResourceName)));

    [Fact]
    public Task DisableAddOn_body_is_byte_identical_to_the_official_js_sdk() => AssertParityAsync(
        "DisableAddOn",
        [
            new DisableAddOnRequest { ResourceName = "web-1", AddOnType = AddOnType.AutoSnapshot },
            .. Random(5, r => new DisableAddOnRequest { ResourceName = Maybe(r, Text), AddOnType = Maybe(r, rr => new AddOnType(Text(rr))) }),
        ],
        ProvisioningRequestMarshallers.DisableAddOn.Body,
        request => Input(("resourceName", request.ResourceName), ("addOnType", request.AddOnType?.Value)));

    [Fact]
    public Task SetIpAddressType_body_is_byte_identical_to_the_official_js_sdk() => AssertParityAsync(
        "SetIpAddressType",
        [
            new SetIpAddressTypeRequest { ResourceType = ResourceType.Instance, ResourceName = "web-1", IpAddressType = IpAddressType.Ipv6, AcceptBundleUpdate = true },
            new SetIpAddressTypeRequest { ResourceType = ResourceType.Instance, ResourceName = "web-1", IpAddressType = IpAddressType.Dualstack, AcceptBundleUpdate = false },
            .. Random(6, r => new SetIpAddressTypeRequest
            {
                ResourceType = Maybe(r, rr => new ResourceType(Text(rr))),
                ResourceName = Maybe(r, Text),
                IpAddressType = Maybe(r, rr => new IpAddressType(Text(rr))),
                AcceptBundleUpdate = r.Next(3) switch { 0 => null, 1 => true, _ => false },
            }),
        ],
        ProvisioningRequestMarshallers.SetIpAddressType.Body,
        request => Input(
            ("acceptBundleUpdate", request.AcceptBundleUpdate is { } accept ? JsonValue.Create(accept) : null),
            ("ipAddressType", request.IpAddressType?.Value),
            ("resourceName", request.ResourceName),
            ("resourceType", request.ResourceType?.Value)));

    [Fact]
    public Task DeleteInstance_body_is_byte_identical_to_the_official_js_sdk() => AssertParityAsync(
        "DeleteInstance",
        [
            new DeleteInstanceRequest { InstanceName = "web-1" },
            new DeleteInstanceRequest { InstanceName = "web-1", ForceDeleteAddOns = true },
            .. Random(7, r => new DeleteInstanceRequest { InstanceName = Maybe(r, Text), ForceDeleteAddOns = r.Next(3) switch { 0 => null, 1 => true, _ => false } }),
        ],
        ProvisioningRequestMarshallers.DeleteInstance.Body,
        request => Input(("forceDeleteAddOns", request.ForceDeleteAddOns is { } force ? JsonValue.Create(force) : null), ("instanceName", request.InstanceName)));

    private static async Task AssertParityAsync<TRequest>(string operation, IReadOnlyList<TRequest> requests, Func<TRequest, byte[]> ours, Func<TRequest, JsonObject> jsInput)
    {
        var inputs = new JsonArray(requests.Select(r => (JsonNode)jsInput(r)).ToArray());
        var output = await JsSdk.SerializeAsync(inputs.ToJsonString(), operation);
        var results = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();

        Assert.Equal(requests.Count, results.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            var theirs = Convert.FromBase64String(results[i].GetProperty("body").GetString()!);
            var mine = ours(requests[i]);
            Assert.True(theirs.AsSpan().SequenceEqual(mine), $"{operation} case {i}:\n JS:   {Encoding.UTF8.GetString(theirs)}\n ours: {Encoding.UTF8.GetString(mine)}");
            Assert.Equal("Lightsail_20161128." + operation, results[i].GetProperty("target").GetString());
            Assert.Equal("application/x-amz-json-1.1", results[i].GetProperty("contentType").GetString());
        }
    }

    /// <summary>A JS input from members given in reverse model order; unset members are left out.</summary>
    private static JsonObject Input(params (string Name, object? Value)[] members)
    {
        var input = new JsonObject();
        foreach (var (name, value) in members)
        {
            switch (value)
            {
                case null:
                    break;
                case string text:
                    input[name] = text;
                    break;
                case JsonNode node:
                    input[name] = node;
                    break;
                default:
                    throw new ArgumentException($"Unexpected member value {value.GetType()}.", nameof(members));
            }
        }

        return input;
    }

    private static JsonArray? Tags(List<Tag>? tags) => tags is null ? null : new JsonArray(tags.Select(t =>
    {
        var tag = new JsonObject();
        if (t.Value != null) tag["value"] = t.Value;
        if (t.Key != null) tag["key"] = t.Key;
        return (JsonNode)tag;
    }).ToArray());

    private static JsonArray? Strings(List<string>? values) => values is null ? null : new JsonArray(values.Select(v => (JsonNode)v!).ToArray());

    private static JsonObject? AddOn(AddOnRequest? request)
    {
        if (request is null)
        {
            return null;
        }

        var addOn = new JsonObject();
        if (request.StopInstanceOnIdleRequest is { } idle)
        {
            addOn["stopInstanceOnIdleRequest"] = Input(("duration", idle.Duration), ("threshold", idle.Threshold));
        }

        if (request.AutoSnapshotAddOnRequest is { } snapshot)
        {
            addOn["autoSnapshotAddOnRequest"] = Input(("snapshotTimeOfDay", snapshot.SnapshotTimeOfDay));
        }

        if (request.AddOnType is { } type)
        {
            addOn["addOnType"] = type.Value;
        }

        return addOn;
    }

    private static IEnumerable<T> Random<T>(int seed, Func<Random, T> make)
    {
        var random = new Random(20261207 + seed);
        return Enumerable.Range(0, RandomCases).Select(_ => make(random)).ToList();
    }

    private static T? Maybe<T>(Random random, Func<Random, T> make) where T : class => random.Next(3) == 0 ? null : make(random);

    // The characters JSON must escape, ones it need not (HTML-sensitive, U+2028, DEL), non-ASCII and astral emoji.
    private static string Text(Random random)
    {
        string[] pieces = ["a", "Z", "0", "-", "_", " ", ":", "=", "\"", "\\", "/", "<", ">", "&", "'", "+", "\n", "\t", "\u0000", "\u001f", "\u007f", "é", "中", "\u2028", "😀", "\uFEFF"];
        var builder = new StringBuilder();
        for (var n = random.Next(0, 10); n > 0; n--)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString();
    }
}
