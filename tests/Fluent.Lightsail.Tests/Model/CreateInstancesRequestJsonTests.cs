using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Tests.Model;

/// <summary>
/// The body must match what the official JS SDK writes (JSON.stringify over the model's member order), byte for byte.
/// Expected strings are written by hand from the model's member order and JSON.stringify's escaping rules.
/// </summary>
public sealed class CreateInstancesRequestJsonTests
{
    [Fact]
    public void Writes_members_in_model_order_whatever_order_they_were_set_in()
    {
        var request = new CreateInstancesRequest
        {
            IpAddressType = IpAddressType.Ipv6,
            AddOns = [new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" } }],
            Tags = [new Tag { Key = "role", Value = "web" }],
            KeyPairName = "deploy",
            UserData = "echo hi",
            BundleId = "nano_ipv6_3_0",
            BlueprintId = "ubuntu_24_04",
            AvailabilityZone = "us-east-2a",
            InstanceNames = ["web-1", "web-2"],
        };

        Assert.Equal(
            """{"instanceNames":["web-1","web-2"],"availabilityZone":"us-east-2a","blueprintId":"ubuntu_24_04","bundleId":"nano_ipv6_3_0","userData":"echo hi","keyPairName":"deploy","tags":[{"key":"role","value":"web"}],"addOns":[{"addOnType":"AutoSnapshot","autoSnapshotAddOnRequest":{"snapshotTimeOfDay":"06:00"}}],"ipAddressType":"ipv6"}""",
            request.ToJson());
    }

    [Fact]
    public void Leaves_out_unset_members_and_keeps_empty_lists()
    {
        var request = new CreateInstancesRequest { InstanceNames = ["a1"], Tags = [], AddOns = [] };

        Assert.Equal("""{"instanceNames":["a1"],"tags":[],"addOns":[]}""", request.ToJson());
    }

    [Fact]
    public void Writes_a_key_only_tag_without_a_value_member()
    {
        var request = new CreateInstancesRequest { Tags = [new Tag { Key = "backup" }, new Tag { Key = "empty", Value = "" }] };

        Assert.Equal("""{"tags":[{"key":"backup"},{"key":"empty","value":""}]}""", request.ToJson());
    }

    [Fact]
    public void Writes_stop_on_idle_threshold_and_duration_as_strings()
    {
        var request = new CreateInstancesRequest
        {
            AddOns =
            [
                new AddOnRequest
                {
                    AddOnType = AddOnType.StopInstanceOnIdle,
                    StopInstanceOnIdleRequest = new StopInstanceOnIdleRequest { Duration = "30", Threshold = "5" },
                },
            ],
        };

        Assert.Equal(
            """{"addOns":[{"addOnType":"StopInstanceOnIdle","stopInstanceOnIdleRequest":{"threshold":"5","duration":"30"}}]}""",
            request.ToJson());
    }

    [Theory]
    [InlineData("quote\"", "quote\\\"")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("line\nfeed\ttab\rreturn", "line\\nfeed\\ttab\\rreturn")]
    [InlineData("\b\f", "\\b\\f")]
    [InlineData("\u0001\u001f", "\\u0001\\u001f")]
    [InlineData("/ < > & ' +", "/ < > & ' +")]
    [InlineData("é中", "é中")]
    [InlineData("\u2028\u2029", "\u2028\u2029")]
    [InlineData("😀", "😀")]
    [InlineData("\u007f", "\u007f")]
    public void Escapes_only_what_JSON_stringify_escapes(string userData, string expectedEscaped)
    {
        var request = new CreateInstancesRequest { UserData = userData };

        Assert.Equal("{\"userData\":\"" + expectedEscaped + "\"}", request.ToJson());
    }

    [Fact]
    public void Writes_UTF8_without_a_byte_order_mark()
    {
        var bytes = Fluent.Lightsail.Json.LightsailJson.SerializeToUtf8(new CreateInstancesRequest { UserData = "é" });

        Assert.Equal(new byte[] { (byte)'{', (byte)'"' }, bytes[..2]);
        Assert.Equal(new byte[] { 0xC3, 0xA9 }, bytes[13..15]);
    }
}
