using System.Net;
using Fluent.Lightsail.Client.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>
/// What the client sends for the operations that read and change instances: the awsJson frame, the body bytes in
/// model order, a valid SigV4 signature; and what it reads back (operations, pages, typed errors).
/// </summary>
public sealed class ProvisioningWireTests
{
    private const string OperationJson =
        "{\"id\":\"op-7\",\"resourceName\":\"web-1\",\"resourceType\":\"Instance\",\"createdAt\":1741964966.5,"
        + "\"location\":{\"availabilityZone\":\"us-east-1a\",\"regionName\":\"us-east-1\"},\"isTerminal\":true,"
        + "\"operationDetails\":\"\",\"operationType\":\"TagResource\",\"status\":\"Succeeded\",\"statusChangedAt\":1741964966.5}";

    public static TheoryData<string, Func<ILightsailClient, Task<List<Operation>?>>, string> Changes => new()
    {
        {
            "TagResource",
            async c => (await c.TagResourceAsync(new TagResourceRequest
            {
                ResourceName = "web-1",
                ResourceArn = "arn:aws:lightsail:us-east-1:123456789012:Instance/abc",
                Tags = [new Tag { Key = "role", Value = "web & <api>" }, new Tag { Key = "solo" }],
            })).Operations,
            "{\"resourceName\":\"web-1\",\"tags\":[{\"key\":\"role\",\"value\":\"web & <api>\"},{\"key\":\"solo\"}],\"resourceArn\":\"arn:aws:lightsail:us-east-1:123456789012:Instance/abc\"}"
        },
        {
            "UntagResource",
            async c => (await c.UntagResourceAsync(new UntagResourceRequest { ResourceName = "web-1", TagKeys = ["role", "é"] })).Operations,
            "{\"resourceName\":\"web-1\",\"tagKeys\":[\"role\",\"é\"]}"
        },
        {
            "EnableAddOn",
            async c => (await c.EnableAddOnAsync(new EnableAddOnRequest
            {
                ResourceName = "web-1",
                AddOnRequest = new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" } },
            })).Operations,
            "{\"resourceName\":\"web-1\",\"addOnRequest\":{\"addOnType\":\"AutoSnapshot\",\"autoSnapshotAddOnRequest\":{\"snapshotTimeOfDay\":\"06:00\"}}}"
        },
        {
            "DisableAddOn",
            async c => (await c.DisableAddOnAsync(new DisableAddOnRequest { ResourceName = "web-1", AddOnType = AddOnType.AutoSnapshot })).Operations,
            "{\"addOnType\":\"AutoSnapshot\",\"resourceName\":\"web-1\"}"
        },
        {
            "SetIpAddressType",
            async c => (await c.SetIpAddressTypeAsync(new SetIpAddressTypeRequest
            {
                ResourceName = "web-1",
                ResourceType = ResourceType.Instance,
                IpAddressType = IpAddressType.Ipv6,
                AcceptBundleUpdate = true,
            })).Operations,
            "{\"resourceType\":\"Instance\",\"resourceName\":\"web-1\",\"ipAddressType\":\"ipv6\",\"acceptBundleUpdate\":true}"
        },
        {
            "DeleteInstance",
            async c => (await c.DeleteInstanceAsync(new DeleteInstanceRequest { InstanceName = "web-1", ForceDeleteAddOns = false })).Operations,
            "{\"instanceName\":\"web-1\",\"forceDeleteAddOns\":false}"
        },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Each_change_sends_its_target_and_model_order_body_signed_and_reads_its_operation(
        string operation, Func<ILightsailClient, Task<List<Operation>?>> call, string expectedBody)
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"operations\":[" + OperationJson + "]}"));
        using var client = TestClients.Create(server);

        var operations = await call(client);

        var sent = Assert.Single(server.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/", sent.Target);
        Assert.Equal("Lightsail_20161128." + operation, sent.Header("X-Amz-Target"));
        Assert.Equal("application/x-amz-json-1.1", sent.Header("Content-Type"));
        Assert.Equal("attempt=1; max=3", sent.Header("amz-sdk-request"));
        Assert.Equal(expectedBody, sent.BodyText);
        SigV4Verifier.AssertValid(sent, TestClients.AccessKey, TestClients.SecretKey);
        var read = Assert.Single(operations!);
        Assert.Equal(("op-7", "web-1", "TagResource", true), (read.Id, read.ResourceName, read.OperationType!.Value, read.IsTerminal));
        Assert.Same(OperationStatus.Succeeded, read.Status);
    }

    [Fact]
    public async Task Unset_members_are_left_out_and_an_empty_list_is_sent_as_empty()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"operations\":[]}"));
        using var client = TestClients.Create(server);

        await client.TagResourceAsync(new TagResourceRequest { ResourceName = "web-1", Tags = [] });
        await client.UntagResourceAsync(new UntagResourceRequest());
        await client.SetIpAddressTypeAsync(new SetIpAddressTypeRequest { ResourceName = "web-1" });
        await client.DeleteInstanceAsync(new DeleteInstanceRequest { InstanceName = "web-1" });

        Assert.Equal(
            ["{\"resourceName\":\"web-1\",\"tags\":[]}", "{}", "{\"resourceName\":\"web-1\"}", "{\"instanceName\":\"web-1\"}"],
            server.Requests.Select(r => r.BodyText));
    }

    [Fact]
    public async Task GetInstances_sends_its_page_token_and_reads_the_page()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json(
            "{\"instances\":[{\"name\":\"web-1\",\"state\":{\"code\":16,\"name\":\"running\"},\"publicIpAddress\":\"203.0.113.9\"},{\"name\":\"web-2\"}],\"nextPageToken\":\"p-2\"}"));
        using var client = TestClients.Create(server);

        var first = await client.GetInstancesAsync(new GetInstancesRequest());
        var second = await client.GetInstancesAsync(new GetInstancesRequest { PageToken = "p-2" });

        Assert.Equal(["{}", "{\"pageToken\":\"p-2\"}"], server.Requests.Select(r => r.BodyText));
        Assert.All(server.Requests, r => Assert.Equal("Lightsail_20161128.GetInstances", r.Header("X-Amz-Target")));
        Assert.Equal(["web-1", "web-2"], first.Instances!.Select(i => i.Name));
        Assert.Equal(("running", "203.0.113.9"), (first.Instances![0].State!.Name, first.Instances[0].PublicIpAddress));
        Assert.Equal("p-2", first.NextPageToken);
        Assert.Equal(2, second.Instances!.Count);
    }

    [Fact]
    public async Task The_paginator_follows_tokens_until_a_page_has_none()
    {
        await using var server = LoopbackServer.Scripted(
            StubReply.Json("{\"instances\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"nextPageToken\":\"t1\"}"),
            StubReply.Json("{\"instances\":[],\"nextPageToken\":\"t2\"}"),
            StubReply.Json("{\"instances\":[{\"name\":\"c\"}]}"));
        using var client = TestClients.Create(server);

        var names = new List<string?>();
        await foreach (var instance in client.Paginators.GetInstances(new GetInstancesRequest()).Instances)
        {
            names.Add(instance.Name);
        }

        Assert.Equal(["a", "b", "c"], names);
        Assert.Equal(["{}", "{\"pageToken\":\"t1\"}", "{\"pageToken\":\"t2\"}"], server.Requests.Select(r => r.BodyText));
    }

    [Fact]
    public async Task The_paginator_stops_when_cancelled_between_pages()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"instances\":[{\"name\":\"a\"}],\"nextPageToken\":\"more\"}"));
        using var client = TestClients.Create(server);
        using var cancellation = new CancellationTokenSource();

        var seen = new List<string?>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var instance in client.Paginators.GetInstances(new GetInstancesRequest()).Instances.WithCancellation(cancellation.Token))
            {
                seen.Add(instance.Name);
                cancellation.Cancel();
            }
        });

        Assert.Equal(["a"], seen);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_paginator_walks_once_and_starts_at_the_requests_token()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"instances\":[{\"name\":\"z\"}]}"));
        using var client = TestClients.Create(server);
        var paginator = client.Paginators.GetInstances(new GetInstancesRequest { PageToken = "resume-here" });

        var pages = new List<GetInstancesResponse>();
        await foreach (var page in paginator.Responses)
        {
            pages.Add(page);
        }

        Assert.Single(pages);
        Assert.Equal("{\"pageToken\":\"resume-here\"}", Assert.Single(server.Requests).BodyText);
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in paginator.Instances)
            {
            }
        });
    }

    [Fact]
    public async Task Service_errors_of_the_new_operations_are_typed()
    {
        await using var server = LoopbackServer.Scripted(
            StubReply.Error(HttpStatusCode.BadRequest, "NotFoundException", "The Instance does not exist: ghost", extraMembers: "\"code\":\"NotFound\",\"tip\":\"Check the name\""),
            StubReply.Error(HttpStatusCode.BadRequest, "InvalidInputException", "Tag keys must not be empty."));
        using var client = TestClients.Create(server);

        var notFound = await Assert.ThrowsAsync<NotFoundException>(() => client.TagResourceAsync(new TagResourceRequest { ResourceName = "ghost", Tags = [new Tag { Key = "a" }] }));
        var invalid = await Assert.ThrowsAsync<InvalidInputException>(() => client.UntagResourceAsync(new UntagResourceRequest { ResourceName = "web-1", TagKeys = [""] }));

        Assert.Equal(("The Instance does not exist: ghost", "NotFound", "Check the name"), (notFound.Message, notFound.Code, notFound.Tip));
        Assert.Equal("Tag keys must not be empty.", invalid.Message);
    }

    [Fact]
    public async Task Throttling_and_5xx_are_retried_like_every_call()
    {
        await using var server = LoopbackServer.Scripted(
            StubReply.Error(HttpStatusCode.BadRequest, "ThrottlingException", "Rate exceeded"),
            StubReply.Error(HttpStatusCode.InternalServerError, "ServiceException", "Try again"),
            StubReply.Json("{\"operations\":[" + OperationJson + "]}"));
        using var client = TestClients.Create(server);

        var response = await client.EnableAddOnAsync(new EnableAddOnRequest { ResourceName = "web-1", AddOnRequest = new AddOnRequest { AddOnType = AddOnType.AutoSnapshot } });

        Assert.Single(response.Operations!);
        Assert.Equal(["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"], server.Requests.Select(r => r.Header("amz-sdk-request")));
        Assert.All(server.Requests, r => Assert.Equal(server.Requests[0].BodyText, r.BodyText));
    }
}
