using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Tests.WireParity;

/// <summary>
/// Our request body against the official JS SDK's for the same input, byte for byte: member order, omitted members,
/// empty lists and escaping. The JS input is built independently of our writer, with members in reverse order.
/// </summary>
public sealed class JsSdkParityTests
{
    private const int RandomCases = 300;

    [Fact]
    public async Task Bodies_are_byte_identical_to_the_official_js_sdk()
    {
        var requests = HandPickedRequests().Concat(RandomRequests(seed: 20261127, RandomCases)).ToList();

        var inputs = new JsonArray(requests.Select(r => (JsonNode)ToJsInput(r)).ToArray());
        var output = await JsSdk.SerializeAsync(inputs.ToJsonString());
        var results = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();

        Assert.Equal(requests.Count, results.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            var theirs = Convert.FromBase64String(results[i].GetProperty("body").GetString()!);
            var ours = Fluent.Lightsail.Json.LightsailJson.SerializeToUtf8(requests[i]);
            Assert.True(theirs.AsSpan().SequenceEqual(ours), $"case {i}:\n JS:   {Encoding.UTF8.GetString(theirs)}\n ours: {Encoding.UTF8.GetString(ours)}");
            Assert.Equal("Lightsail_20161128.CreateInstances", results[i].GetProperty("target").GetString());
            Assert.Equal("application/x-amz-json-1.1", results[i].GetProperty("contentType").GetString());
        }
    }

    private static IEnumerable<CreateInstancesRequest> HandPickedRequests()
    {
        yield return new CreateInstancesRequest { InstanceNames = ["web-1"], AvailabilityZone = "us-east-2a", BlueprintId = "ubuntu_24_04", BundleId = "small_3_0" };
        yield return new CreateInstancesRequest { InstanceNames = [], Tags = [], AddOns = [] };
        yield return new CreateInstancesRequest
        {
            InstanceNames = ["a1", "b2"],
            AvailabilityZone = "eu-west-1b",
            BlueprintId = "windows_server_2022",
            BundleId = "large_win_3_0",
            UserData = "<powershell>\r\nWrite-Host \"hi\" & 'there' + é中 \u2028 😀 \u007f \u0001 \\ /</powershell>",
            KeyPairName = "deploy",
            Tags = [new Tag { Key = "role", Value = "web" }, new Tag { Key = "backup" }, new Tag { Key = "empty", Value = "" }],
            AddOns =
            [
                new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" } },
                new AddOnRequest { AddOnType = AddOnType.StopInstanceOnIdle, StopInstanceOnIdleRequest = new StopInstanceOnIdleRequest { Threshold = "5", Duration = "30" } },
            ],
            IpAddressType = IpAddressType.Dualstack,
        };

        // Every member at once, the deprecated customImageName included.
#pragma warning disable CS0618
        yield return new CreateInstancesRequest
        {
            InstanceNames = ["web-1", "web-2"],
            AvailabilityZone = "us-east-2a",
            CustomImageName = "legacy-image",
            BlueprintId = "lfr_ubuntu_1_0",
            BundleId = "app_standard_xl_1_0",
            UserData = "#!/bin/bash\necho \"hi\"",
            KeyPairName = "deploy",
            Tags = [new Tag { Key = "role", Value = "research" }],
            AddOns =
            [
                new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" } },
                new AddOnRequest { AddOnType = AddOnType.StopInstanceOnIdle, StopInstanceOnIdleRequest = new StopInstanceOnIdleRequest { Threshold = "5", Duration = "30" } },
            ],
            IpAddressType = IpAddressType.Ipv4,
        };
#pragma warning restore CS0618
    }

    private static IEnumerable<CreateInstancesRequest> RandomRequests(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return new CreateInstancesRequest
            {
                InstanceNames = Maybe(random, () => Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomText(random)).ToList()),
                AvailabilityZone = Maybe(random, () => RandomText(random)),
                BlueprintId = Maybe(random, () => RandomText(random)),
                BundleId = Maybe(random, () => RandomText(random)),
                UserData = Maybe(random, () => RandomText(random)),
#pragma warning disable CS0618
                CustomImageName = Maybe(random, () => RandomText(random)),
#pragma warning restore CS0618
                KeyPairName = Maybe(random, () => RandomText(random)),
                Tags = Maybe(random, () => Enumerable.Range(0, random.Next(0, 4))
                    .Select(_ => new Tag { Key = RandomText(random), Value = Maybe(random, () => RandomText(random)) })
                    .ToList()),
                AddOns = Maybe(random, () => new List<AddOnRequest>
                {
                    new() { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = RandomText(random) } },
                }),
                IpAddressType = Maybe(random, () => new IpAddressType(RandomText(random))),
            };
        }
    }

    private static T? Maybe<T>(Random random, Func<T> make) where T : class => random.Next(3) == 0 ? null : make();

    // Letters, the characters JSON must escape, ones it need not (HTML-sensitive, U+2028, DEL), and astral emoji.
    private static string RandomText(Random random)
    {
        string[] pieces = ["a", "Z", "0", "-", "_", " ", "\"", "\\", "/", "<", ">", "&", "'", "+", "\n", "\r", "\t", "\b", "\f", "\u0000", "\u0001", "\u001f", "\u007f", "é", "中", "\u2028", "\u2029", "😀", "\uFEFF"];
        var builder = new StringBuilder();
        for (var n = random.Next(0, 12); n > 0; n--)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString();
    }

    // The JS SDK's input: the model's member names, built here member by member in reverse model order.
    private static JsonObject ToJsInput(CreateInstancesRequest request)
    {
        var input = new JsonObject();
        if (request.IpAddressType != null) input["ipAddressType"] = request.IpAddressType.Value;
        if (request.AddOns != null)
        {
            input["addOns"] = new JsonArray(request.AddOns.Select(a =>
            {
                var addOn = new JsonObject();
                if (a.StopInstanceOnIdleRequest != null) addOn["stopInstanceOnIdleRequest"] = new JsonObject { ["duration"] = a.StopInstanceOnIdleRequest.Duration, ["threshold"] = a.StopInstanceOnIdleRequest.Threshold };
                if (a.AutoSnapshotAddOnRequest != null) addOn["autoSnapshotAddOnRequest"] = new JsonObject { ["snapshotTimeOfDay"] = a.AutoSnapshotAddOnRequest.SnapshotTimeOfDay };
                if (a.AddOnType != null) addOn["addOnType"] = a.AddOnType.Value;
                return (JsonNode)addOn;
            }).ToArray());
        }

        if (request.Tags != null)
        {
            input["tags"] = new JsonArray(request.Tags.Select(t =>
            {
                var tag = new JsonObject();
                if (t.Value != null) tag["value"] = t.Value;
                if (t.Key != null) tag["key"] = t.Key;
                return (JsonNode)tag;
            }).ToArray());
        }

        if (request.KeyPairName != null) input["keyPairName"] = request.KeyPairName;
        if (request.UserData != null) input["userData"] = request.UserData;
        if (request.BundleId != null) input["bundleId"] = request.BundleId;
        if (request.BlueprintId != null) input["blueprintId"] = request.BlueprintId;
#pragma warning disable CS0618
        if (request.CustomImageName != null) input["customImageName"] = request.CustomImageName;
#pragma warning restore CS0618
        if (request.AvailabilityZone != null) input["availabilityZone"] = request.AvailabilityZone;
        if (request.InstanceNames != null) input["instanceNames"] = new JsonArray(request.InstanceNames.Select(n => (JsonNode)n!).ToArray());
        return input;
    }
}
