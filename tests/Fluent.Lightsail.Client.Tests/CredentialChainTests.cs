using Amazon;
using Amazon.Runtime;
using Fluent.Lightsail.Client.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>Clients built without credentials resolve them per request through Core's default chain.</summary>
[Collection(EnvironmentVariableCollection.Name)]
public sealed class CredentialChainTests : IDisposable
{
    private readonly EnvironmentScope _environment = new(
        ("AWS_ENDPOINT_URL", null),
        ("AWS_ENDPOINT_URL_LIGHTSAIL", null),
        ("AWS_ACCESS_KEY_ID", null),
        ("AWS_SECRET_ACCESS_KEY", null),
        ("AWS_SESSION_TOKEN", null),
        ("AWS_PROFILE", null));

    private readonly string _directory = Directory.CreateTempSubdirectory("fluent-lightsail-credentials-").FullName;

    public void Dispose()
    {
        _environment.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static LightsailClientConfig Config(LoopbackServer server) => new() { ServiceURL = server.Url, AuthenticationRegion = "us-east-1" };

    [Fact]
    public async Task Environment_credentials_with_a_session_token_sign_the_request()
    {
        _environment.Set("AWS_ACCESS_KEY_ID", "AKIDFROMENVIRONMENT");
        _environment.Set("AWS_SECRET_ACCESS_KEY", "secret-from-environment");
        _environment.Set("AWS_SESSION_TOKEN", "token-from-environment");
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"operation\":{\"id\":\"o\"}}"));
        using var client = new LightsailClient(Config(server));

        await client.GetOperationAsync(new GetOperationRequest { OperationId = "o" });

        var sent = Assert.Single(server.Requests);
        Assert.Equal("token-from-environment", sent.Header("X-Amz-Security-Token"));
        SigV4Verifier.AssertValid(sent, "AKIDFROMENVIRONMENT", "secret-from-environment");
    }

    [Fact]
    public async Task A_named_profile_from_the_shared_credentials_file_signs_the_request()
    {
        var credentialsFile = Path.Combine(_directory, "credentials");
        await File.WriteAllTextAsync(credentialsFile, "[fluent-test]\naws_access_key_id = AKIDFROMPROFILE\naws_secret_access_key = secret-from-profile\n");
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"operation\":{\"id\":\"o\"}}"));
        var config = Config(server);
        config.Profile = new Profile("fluent-test", credentialsFile);
        using var client = new LightsailClient(config);

        await client.GetOperationAsync(new GetOperationRequest { OperationId = "o" });

        var sent = Assert.Single(server.Requests);
        Assert.Null(sent.Header("X-Amz-Security-Token"));
        SigV4Verifier.AssertValid(sent, "AKIDFROMPROFILE", "secret-from-profile");
    }

    [Fact]
    public async Task Config_default_credentials_are_used_when_the_client_has_none()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"operation\":{\"id\":\"o\"}}"));
        var config = Config(server);
        config.DefaultAWSCredentials = new BasicAWSCredentials("AKIDFROMCONFIG", "secret-from-config");
        using var client = new LightsailClient(config);

        await client.GetOperationAsync(new GetOperationRequest { OperationId = "o" });

        SigV4Verifier.AssertValid(Assert.Single(server.Requests), "AKIDFROMCONFIG", "secret-from-config");
    }
}
