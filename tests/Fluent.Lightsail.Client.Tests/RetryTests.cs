using System.Globalization;
using System.Net;
using Amazon.Runtime;
using Fluent.Lightsail.Client.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>Core's standard retries through this client: 5xx, throttling, dropped connections, clock skew; every attempt re-signed.</summary>
public sealed class RetryTests
{
    private const string OperationBody = "{\"operation\":{\"id\":\"op-1\",\"status\":\"Succeeded\",\"isTerminal\":true}}";

    [Fact]
    public async Task A_500_is_retried_with_attempt_headers_and_a_fresh_signature()
    {
        await using var server = LoopbackServer.Scripted(
            StubReply.Error(HttpStatusCode.InternalServerError, "ServiceException", "try again"),
            StubReply.Json(OperationBody));
        using var client = TestClients.CreateWithSession(server);

        var response = await client.GetOperationAsync(new GetOperationRequest { OperationId = "op-1" });

        Assert.Equal("op-1", response.Operation!.Id);
        var sent = server.Requests;
        Assert.Equal(2, sent.Count);
        Assert.Equal("attempt=1; max=3", sent[0].Header("amz-sdk-request"));
        Assert.Equal("attempt=2; max=3", sent[1].Header("amz-sdk-request"));
        Assert.Equal(sent[0].Header("amz-sdk-invocation-id"), sent[1].Header("amz-sdk-invocation-id"));
        Assert.Equal(sent[0].Body, sent[1].Body);
        Assert.All(sent, r => SigV4Verifier.AssertValid(r, TestClients.AccessKey, TestClients.SecretKey));
        Assert.All(sent, r => Assert.Equal(TestClients.SessionToken, r.Header("X-Amz-Security-Token")));
    }

    [Fact]
    public async Task Throttling_is_retried()
    {
        await using var server = LoopbackServer.Scripted(
            StubReply.Error(HttpStatusCode.BadRequest, "ThrottlingException", "Rate exceeded"),
            StubReply.Json(OperationBody));
        using var client = TestClients.Create(server);

        var response = await client.GetOperationAsync(new GetOperationRequest { OperationId = "op-1" });

        Assert.Equal("op-1", response.Operation!.Id);
        Assert.Equal(new[] { "attempt=1; max=3", "attempt=2; max=3" }, server.Requests.Select(r => r.Header("amz-sdk-request")));
    }

    [Fact]
    public async Task Three_attempts_then_the_last_error()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Error(HttpStatusCode.ServiceUnavailable, "ServiceException", "down", requestId: "req-last"));
        using var client = TestClients.Create(server);

        var exception = await Assert.ThrowsAsync<ServiceException>(() => client.GetOperationAsync(new GetOperationRequest { OperationId = "op-1" }));

        Assert.Equal("req-last", exception.RequestId);
        Assert.Equal(new[] { "attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3" }, server.Requests.Select(r => r.Header("amz-sdk-request")));
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Error(HttpStatusCode.BadRequest, "InvalidInputException", "bad"));
        using var client = TestClients.Create(server);

        await Assert.ThrowsAsync<InvalidInputException>(() => client.GetOperationAsync(new GetOperationRequest { OperationId = "op-1" }));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        await using var server = LoopbackServer.Scripted(StubReply.DropConnection(), StubReply.Json(OperationBody));
        using var client = TestClients.Create(server);

        var response = await client.GetOperationAsync(new GetOperationRequest { OperationId = "op-1" });

        Assert.Equal("op-1", response.Operation!.Id);
        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => SigV4Verifier.AssertValid(r, TestClients.AccessKey, TestClients.SecretKey));
    }

    [Fact]
    public async Task Retries_can_be_turned_off()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Error(HttpStatusCode.InternalServerError, "ServiceException", "down"));
        using var client = TestClients.Create(server, c => c.MaxErrorRetry = 0);

        await Assert.ThrowsAsync<ServiceException>(() => client.GetOperationAsync(new GetOperationRequest { OperationId = "op-1" }));

        Assert.Equal("attempt=1; max=1", Assert.Single(server.Requests).Header("amz-sdk-request"));
    }

    [Fact]
    public async Task Adaptive_mode_also_retries()
    {
        await using var server = LoopbackServer.Scripted(
            StubReply.Error(HttpStatusCode.BadRequest, "ThrottlingException", "Rate exceeded"),
            StubReply.Json(OperationBody));
        using var client = TestClients.Create(server, c => c.RetryMode = RequestRetryMode.Adaptive);

        await client.GetOperationAsync(new GetOperationRequest { OperationId = "op-1" });

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_skewed_clock_is_corrected_from_the_server_date_and_the_request_re_signed()
    {
        var serverNow = DateTime.UtcNow.AddHours(2);
        var dateHeader = new Dictionary<string, string> { ["Date"] = serverNow.ToString("R", CultureInfo.InvariantCulture) };
        await using var server = LoopbackServer.Scripted(
            StubReply.Error(HttpStatusCode.BadRequest, "InvalidSignatureException", "Signature expired: 20250101T000000Z is now earlier than 20250101T020000Z", headers: dateHeader),
            StubReply.Json(OperationBody, headers: dateHeader));
        using var client = TestClients.Create(server);

        await client.GetOperationAsync(new GetOperationRequest { OperationId = "op-1" });

        var sent = server.Requests;
        Assert.Equal(2, sent.Count);
        var first = DateTime.ParseExact(sent[0].Header("X-Amz-Date")!, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        var second = DateTime.ParseExact(sent[1].Header("X-Amz-Date")!, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        Assert.InRange(second - first, TimeSpan.FromMinutes(110), TimeSpan.FromMinutes(130));
        SigV4Verifier.AssertValid(sent[1], TestClients.AccessKey, TestClients.SecretKey);
    }
}
