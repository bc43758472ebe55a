using System.Net;
using Amazon.Runtime;
using Fluent.Lightsail.Client.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>Every modelled Lightsail error arrives as its typed exception with message, request id, status, code, docs and tip.</summary>
public sealed class ErrorMappingTests
{
    public static TheoryData<string, HttpStatusCode, Type> Errors => new()
    {
        { "InvalidInputException", HttpStatusCode.BadRequest, typeof(InvalidInputException) },
        { "NotFoundException", HttpStatusCode.BadRequest, typeof(NotFoundException) },
        { "ServiceException", HttpStatusCode.InternalServerError, typeof(ServiceException) },
        { "OperationFailureException", HttpStatusCode.BadRequest, typeof(OperationFailureException) },
        { "AccessDeniedException", HttpStatusCode.BadRequest, typeof(AccessDeniedException) },
        { "AccountSetupInProgressException", HttpStatusCode.BadRequest, typeof(AccountSetupInProgressException) },
        { "UnauthenticatedException", HttpStatusCode.Unauthorized, typeof(UnauthenticatedException) },
        { "RegionSetupInProgressException", HttpStatusCode.BadRequest, typeof(RegionSetupInProgressException) },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Error_type_maps_to_the_typed_exception(string type, HttpStatusCode status, Type expected)
    {
        await using var server = LoopbackServer.Scripted(StubReply.Error(
            status, type, "Something about " + type, requestId: "req-" + type,
            extraMembers: "\"code\":\"C-" + type + "\",\"docs\":\"https://docs/" + type + "\",\"tip\":\"Try " + type + "\""));
        using var client = TestClients.Create(server, c => c.MaxErrorRetry = 0);

        var exception = await Assert.ThrowsAnyAsync<AmazonLightsailException>(() => client.GetInstanceAsync(new GetInstanceRequest { InstanceName = "x" }));

        Assert.IsType(expected, exception);
        Assert.Equal("Something about " + type, exception.Message);
        Assert.Equal("req-" + type, exception.RequestId);
        Assert.Equal(status, exception.StatusCode);
        Assert.Equal(type, exception.ErrorCode);
        Assert.Equal("C-" + type, expected.GetProperty("Code")!.GetValue(exception));
        Assert.Equal("https://docs/" + type, expected.GetProperty("Docs")!.GetValue(exception));
        Assert.Equal("Try " + type, expected.GetProperty("Tip")!.GetValue(exception));
    }

    [Fact]
    public async Task Namespaced_type_and_missing_details_still_map()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Error(HttpStatusCode.BadRequest, "com.amazonaws.lightsail#NotFoundException:http://internal", "gone", requestId: "req-ns"));
        using var client = TestClients.Create(server);

        var exception = await Assert.ThrowsAsync<NotFoundException>(() => client.GetOperationAsync(new GetOperationRequest { OperationId = "x" }));

        Assert.Equal("NotFoundException", exception.ErrorCode);
        Assert.Equal("gone", exception.Message);
        Assert.Equal("req-ns", exception.RequestId);
        Assert.Null(exception.Code);
        Assert.Null(exception.Docs);
        Assert.Null(exception.Tip);
    }

    [Fact]
    public async Task Type_from_the_error_type_header_when_the_body_has_none()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json(
            "{\"Message\":\"denied\"}", "req-h", HttpStatusCode.BadRequest,
            new Dictionary<string, string> { ["x-amzn-ErrorType"] = "AccessDeniedException:http://internal/" }));
        using var client = TestClients.Create(server);

        var exception = await Assert.ThrowsAsync<AccessDeniedException>(() => client.GetOperationAsync(new GetOperationRequest { OperationId = "x" }));

        Assert.Equal("denied", exception.Message);
        Assert.Equal("req-h", exception.RequestId);
    }

    [Fact]
    public async Task Unmodelled_errors_are_the_base_lightsail_exception()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Error(HttpStatusCode.BadRequest, "ValidationException", "nope", requestId: "req-v"));
        using var client = TestClients.Create(server);

        var exception = await Assert.ThrowsAsync<AmazonLightsailException>(() => client.GetOperationAsync(new GetOperationRequest { OperationId = "x" }));

        Assert.Equal("ValidationException", exception.ErrorCode);
        Assert.Equal("req-v", exception.RequestId);
        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.IsAssignableFrom<AmazonServiceException>(exception);
    }
}
