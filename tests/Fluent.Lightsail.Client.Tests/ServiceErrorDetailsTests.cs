using System.Net;
using Amazon.Runtime;
using Fluent.Lightsail.Local;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>
/// What a caller catches against the local endpoint: Lightsail's typed exceptions with the service's <c>code</c>,
/// <c>docs</c> and <c>tip</c>, and, for a wrong secret or an unknown access key, the front door's errors, which are
/// not typed Lightsail exceptions (docs/client.md, "Credential errors").
/// </summary>
public sealed class ServiceErrorDetailsTests : IAsyncLifetime
{
    private LocalLightsailServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalLightsailServer.StartAsync(new LocalLightsailOptions { Port = 0 });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_NotFoundException_exposes_code_docs_and_tip()
    {
        using var client = Client(_server.AccessKeyId, _server.SecretAccessKey);

        var exception = await Assert.ThrowsAsync<NotFoundException>(
            () => client.GetInstanceAsync(new GetInstanceRequest { InstanceName = "missing" }));

        Assert.Equal("NotFound", exception.Code);
        Assert.Equal("https://lightsail.aws.amazon.com/ls/docs", exception.Docs);
        Assert.False(string.IsNullOrWhiteSpace(exception.Tip));
        Assert.Contains("missing", exception.Message);
        Assert.Equal("NotFoundException", exception.ErrorCode);
    }

    [Fact]
    public async Task An_InvalidInputException_exposes_code_docs_and_tip()
    {
        using var client = Client(_server.AccessKeyId, _server.SecretAccessKey);
        var request = new CreateInstancesRequest
        {
            InstanceNames = ["web-1"],
            AvailabilityZone = "us-east-1a",
            BlueprintId = Blueprints.Ubuntu24_04,
            BundleId = Bundles.Small3_0,
            AddOns = [new AddOnRequest { AddOnType = AddOnType.StopInstanceOnIdle, StopInstanceOnIdleRequest = new StopInstanceOnIdleRequest { Threshold = "5", Duration = "30" } }],
        };

        var exception = await Assert.ThrowsAsync<InvalidInputException>(() => client.CreateInstancesAsync(request));

        Assert.Equal("InvalidInput", exception.Code);
        Assert.NotNull(exception.Docs);
        Assert.NotNull(exception.Tip);
        Assert.Contains("Lightsail for Research", exception.Message);
    }

    [Fact]
    public async Task A_wrong_secret_is_an_InvalidSignatureException_outside_the_typed_exceptions()
    {
        using var client = Client(_server.AccessKeyId, "not-the-secret");

        var exception = await Assert.ThrowsAnyAsync<AmazonServiceException>(
            () => client.GetInstanceAsync(new GetInstanceRequest { InstanceName = "web-1" }));

        Assert.Equal("InvalidSignatureException", exception.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.IsNotType<NotFoundException>(exception);
        Assert.IsNotType<UnauthenticatedException>(exception);
        Assert.IsNotType<AccessDeniedException>(exception);
    }

    [Fact]
    public async Task An_unknown_access_key_is_an_UnrecognizedClientException()
    {
        using var client = Client("AKIDSTRANGER", _server.SecretAccessKey);

        var exception = await Assert.ThrowsAnyAsync<AmazonServiceException>(
            () => client.GetInstanceAsync(new GetInstanceRequest { InstanceName = "web-1" }));

        Assert.Equal("UnrecognizedClientException", exception.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
    }

    private LightsailClient Client(string accessKeyId, string secretAccessKey) => new(
        new BasicAWSCredentials(accessKeyId, secretAccessKey),
        new LightsailClientConfig { ServiceURL = _server.Endpoint.ToString(), AuthenticationRegion = _server.Region, MaxErrorRetry = 0 });
}
