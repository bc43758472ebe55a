using System.Text.Json;
using Fluent.Lightsail.Local.Tests.Infrastructure;

namespace Fluent.Lightsail.Local.Tests;

/// <summary>The awsJson 1.1 surface: targets, media type, request ids, error bodies, number formats.</summary>
public sealed class ProtocolTests : LocalServerTest
{
    [Fact]
    public void Endpoint_is_loopback_with_the_bound_port()
    {
        Assert.Equal("http", Server.Endpoint.Scheme);
        Assert.Equal("127.0.0.1", Server.Endpoint.Host);
        Assert.NotEqual(0, Server.Endpoint.Port);
    }

    [Fact]
    public async Task Unknown_operation_answers_400_UnknownOperationException_like_AWS()
    {
        var reply = await Http.SendAsync("LaunchRockets");

        Assert.Equal(400, reply.Status);
        Assert.Equal("""{"__type":"UnknownOperationException"}""", reply.Body);
    }

    [Fact]
    public async Task Success_carries_request_id_and_awsjson_media_type()
    {
        var reply = await Http.SendAsync("GetRegions");

        Assert.Equal(200, reply.Status);
        Assert.True(Guid.TryParse(reply.RequestId, out _));
        Assert.Equal("application/x-amz-json-1.1", reply.ContentHeaders!.ContentType!.MediaType);
    }

    [Fact]
    public async Task Errors_carry_type_header_and_request_id()
    {
        var reply = await Http.SendAsync("GetInstance", """{"instanceName":"nope"}""");

        Assert.Equal(400, reply.Status);
        Assert.Equal("NotFoundException", reply.ErrorType);
        Assert.Equal("The Instance does not exist: nope", reply.ErrorMessage);
        Assert.Equal("NotFoundException", reply.Headers.GetValues("x-amzn-ErrorType").Single());
        Assert.NotNull(reply.RequestId);
    }

    [Fact]
    public async Task Malformed_body_is_a_SerializationException()
    {
        var reply = await Http.SendAsync("CreateInstances", "{\"instanceNames\":");

        Assert.Equal(400, reply.Status);
        Assert.Equal("SerializationException", reply.ErrorType);
    }

    [Fact]
    public async Task Member_of_wrong_json_type_is_a_SerializationException()
    {
        var reply = await Http.SendAsync("CreateInstances", CreateBody(names: "1"));

        Assert.Equal("SerializationException", reply.ErrorType);
    }

    [Fact]
    public async Task Wrong_media_type_is_refused()
    {
        var reply = await Http.SendAsync("GetRegions", "{}", new Dictionary<string, string> { ["content-type"] = "text/plain" });

        Assert.Equal(400, reply.Status);
        Assert.Equal("SerializationException", reply.ErrorType);
    }

    [Fact]
    public async Task Empty_body_counts_as_empty_input()
    {
        var reply = await Http.SendAsync("GetInstances", string.Empty);

        Assert.Equal(200, reply.Status);
        Assert.Equal("""{"instances":[]}""", reply.Body);
    }

    [Fact]
    public async Task Timestamps_are_epoch_seconds_numbers_with_a_fraction()
    {
        var reply = await Http.SendAsync("CreateInstances", CreateBody());

        var operation = reply.Json.GetProperty("operations")[0];
        var createdAt = operation.GetProperty("createdAt");
        Assert.Equal(JsonValueKind.Number, createdAt.ValueKind);
        Assert.Equal(Clock.GetUtcNow().ToUnixTimeMilliseconds() / 1000m, createdAt.GetDecimal());
        Assert.Matches("\"createdAt\":\\d{10}\\.\\d{3}[,}]", reply.Body);
    }

    [Fact]
    public async Task Operation_has_every_wire_member_in_model_order()
    {
        var reply = await Http.SendAsync("CreateInstances", CreateBody());

        var names = reply.Json.GetProperty("operations")[0].EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(
            ["id", "resourceName", "resourceType", "createdAt", "location", "isTerminal", "operationDetails", "operationType", "status", "statusChangedAt"],
            names);
    }

    [Fact]
    public async Task Non_ascii_text_comes_back_as_raw_utf8()
    {
        await Http.SendAsync("CreateInstances", CreateBody(extra: ""","tags":[{"key":"owner","value":"José Müller"}]"""));

        var reply = await Http.SendAsync("GetInstance", """{"instanceName":"web-1"}""");

        Assert.Contains("\"value\":\"José Müller\"", reply.Body);
    }

    [Fact]
    public void Server_lists_its_operations()
    {
        Assert.Equal(
            ["CreateInstances", "CreateInstancesFromSnapshot", "DeleteInstance", "DisableAddOn", "EnableAddOn", "GetBlueprints", "GetBundles", "GetInstance", "GetInstances", "GetOperation", "GetOperations", "GetOperationsForResource", "GetRegions", "SetIpAddressType", "TagResource", "UntagResource"],
            Fluent.Lightsail.Local.LocalLightsailServer.Operations.Order(StringComparer.Ordinal));
    }
}
