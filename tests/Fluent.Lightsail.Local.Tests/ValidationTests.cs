using Fluent.Lightsail.Local.Tests.Infrastructure;

namespace Fluent.Lightsail.Local.Tests;

/// <summary>CreateInstances input the service refuses, with the error type and (where AWS's is known) its wording.</summary>
public sealed class ValidationTests : LocalServerTest
{
    public static TheoryData<string, string, string> Refused => new()
    {
        { """{"availabilityZone":"us-east-1a","blueprintId":"ubuntu_24_04","bundleId":"small_3_0"}""", "InvalidInputException", "Value null at 'instanceNames' failed to satisfy constraint: Member must not be null" },
        { """{"instanceNames":["a1"]}""", "InvalidInputException", "3 validation errors detected" },
        { CreateBody(names: ""), "InvalidInputException", "at least one instance name" },
        { CreateBody(names: "\"-bad\""), "InvalidInputException", "Some names are invalid: -bad" },
        { CreateBody(names: "\"x\""), "InvalidInputException", "Some names are invalid: x" },
        { CreateBody(names: "\"has space\""), "InvalidInputException", "Some names are invalid" },
        { CreateBody(names: "\"dup\",\"dup\""), "InvalidInputException", "Duplicate instance names in the request: dup" },
        { CreateBody(zone: "us-east-1z"), "InvalidInputException", "The given Availability Zone is invalid. It must be one of the following: us-east-1a,us-east-1b,us-east-1c,us-east-1d,us-east-1e,us-east-1f" },
        { CreateBody(zone: "eu-west-1a"), "InvalidInputException", "The given Availability Zone is invalid." },
        { CreateBody(blueprint: "ubuntu_99_04"), "NotFoundException", "The specified blueprint does not exist: ubuntu_99_04" },
        { CreateBody(bundle: "nano_1_0"), "NotFoundException", "The specified bundle does not exist in this region: nano_1_0" },
        { CreateBody(blueprint: " "), "InvalidInputException", "'blueprintId' failed to satisfy constraint" },
        { CreateBody(blueprint: "windows_server_2022", bundle: "large_3_0"), "InvalidInputException", "requires WINDOWS" },
        { CreateBody(blueprint: "ubuntu_24_04", bundle: "large_win_3_0"), "InvalidInputException", "requires LINUX_UNIX" },
        { CreateBody(blueprint: "gitlab", bundle: "nano_3_0"), "InvalidInputException", "power of 2000 or more" },
        { CreateBody(extra: ""","ipAddressType":"ipv6" """), "InvalidInputException", "does not support the ipv6 IP address type" },
        { CreateBody(bundle: "nano_ipv6_3_0"), "InvalidInputException", "requires the ipv6 IP address type, not dualstack" },
        { CreateBody(extra: ""","ipAddressType":"IPV4" """), "InvalidInputException", "Member must satisfy enum value set: [dualstack, ipv4, ipv6]" },
        { CreateBody(extra: ""","addOns":[{"addOnType":"AutoSnapshot","autoSnapshotAddOnRequest":{"snapshotTimeOfDay":"06:30"}}]"""), "InvalidInputException", "HH:00" },
        { CreateBody(extra: ""","addOns":[{"addOnType":"AutoSnapshot","autoSnapshotAddOnRequest":{"snapshotTimeOfDay":"24:00"}}]"""), "InvalidInputException", "HH:00" },
        { CreateBody(extra: ""","addOns":[{"addOnType":"Backup"}]"""), "InvalidInputException", "enum value set: [AutoSnapshot, StopInstanceOnIdle]" },
        { CreateBody(extra: ""","addOns":[{}]"""), "InvalidInputException", "'addOns.member.addOnType'" },
        { CreateBody(extra: ""","addOns":[{"addOnType":"StopInstanceOnIdle","stopInstanceOnIdleRequest":{"threshold":"5","duration":"30"}}]"""), "InvalidInputException", "Lightsail for Research" },
        { CreateBody(blueprint: "windows_server_2022", bundle: "large_win_3_0", extra: ""","addOns":[{"addOnType":"AutoSnapshot"}]"""), "InvalidInputException", "not supported for Windows" },
        { CreateBody(extra: ""","tags":[{"key":""}]"""), "InvalidInputException", "must not be empty" },
        { CreateBody(extra: ""","tags":[{"value":"v"}]"""), "InvalidInputException", "must not be empty" },
        { CreateBody(extra: ""","tags":[{"key":"aws:owner"}]"""), "InvalidInputException", "reserved prefix 'aws:'" },
        { CreateBody(extra: ""","tags":[{"key":"k","value":"AWS:x"}]"""), "InvalidInputException", "reserved prefix 'aws:'" },
        { CreateBody(extra: ""","tags":[{"key":"a#b"}]"""), "InvalidInputException", "not allowed" },
        { CreateBody(extra: ""","tags":[{"key":"k"},{"key":"k"}]"""), "InvalidInputException", "'k' appears more than once" },
        { CreateBody(extra: $$""","tags":[{"key":"{{new string('k', 129)}}"}]"""), "InvalidInputException", "longer than 128" },
        { CreateBody(extra: $$""","tags":[{"key":"k","value":"{{new string('v', 257)}}"}]"""), "InvalidInputException", "longer than 256" },
        { CreateBody(extra: ""","tags":[""" + string.Join(",", Enumerable.Range(0, 51).Select(i => $$"""{"key":"k{{i}}"}""")) + "]"), "InvalidInputException", "at most 50 tags" },
        { CreateBody(extra: ""","keyPairName":"bad key" """), "InvalidInputException", "key pair name 'bad key' is invalid" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Refused_input_answers_the_service_error_and_creates_nothing(string body, string errorType, string messagePart)
    {
        var reply = await Http.SendAsync("CreateInstances", body);

        Assert.Equal(400, reply.Status);
        Assert.Equal(errorType, reply.ErrorType);
        Assert.Contains(messagePart, reply.ErrorMessage);
        Assert.Empty(Server.InstanceNames);
    }

    public static TheoryData<string> Accepted => new()
    {
        CreateBody(names: "\"01-web\",\"a.b_c-d\""),
        CreateBody(blueprint: "windows_server_2022", bundle: "large_win_3_0"),
        CreateBody(blueprint: "windows_server_2019", bundle: "small_win_ipv6_3_0", extra: ""","ipAddressType":"ipv6" """),
        CreateBody(extra: ""","tags":[]"""),
        CreateBody(extra: ""","tags":[{"key":"Env name","value":"prod + test: a/b@c=d"},{"key":"clé","value":""}]"""),
        CreateBody(extra: ""","addOns":[{"addOnType":"AutoSnapshot","autoSnapshotAddOnRequest":{"snapshotTimeOfDay":"23:00"}}]"""),
        CreateBody(extra: ""","addOns":[{"addOnType":"AutoSnapshot"}],"ipAddressType":"dualstack","userData":"#!/bin/bash\necho hi","customImageName":"ignored","unknownMember":1"""),
        CreateBody(blueprint: "gitlab", bundle: "medium_3_0"),
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Valid_input_is_accepted(string body)
    {
        var reply = await Http.SendAsync("CreateInstances", body);

        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task Zones_follow_the_configured_region()
    {
        await using var server = await Fluent.Lightsail.Local.LocalLightsailServer.StartAsync(new() { Region = "eu-west-2" });
        using var http = new LightsailHttp(server);

        var inRegion = await http.SendAsync("CreateInstances", CreateBody(zone: "eu-west-2b"));
        var elsewhere = await http.SendAsync("CreateInstances", CreateBody(names: "\"web-2\"", zone: "us-east-1a"));

        Assert.Equal(200, inRegion.Status);
        Assert.Equal("The given Availability Zone is invalid. It must be one of the following: eu-west-2a,eu-west-2b,eu-west-2c", elsewhere.ErrorMessage);
    }

    [Fact]
    public async Task Region_where_Lightsail_does_not_run_cannot_be_served()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Fluent.Lightsail.Local.LocalLightsailServer.StartAsync(new() { Region = "us-west-1" }));
    }
}
