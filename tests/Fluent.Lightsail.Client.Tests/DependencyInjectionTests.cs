using Amazon;
using Amazon.Extensions.NETCore.Setup;
using Amazon.Runtime;
using Fluent.Lightsail.Client.Tests.Infrastructure;
using Fluent.Lightsail.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>AWSSDK.Extensions.NETCore.Setup registers the client through ILightsailClient's static factories.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddAWSService_resolves_a_working_client_from_the_default_options()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"operation\":{\"id\":\"op-1\"}}"));
        var services = new ServiceCollection();
        services.AddDefaultAWSOptions(new AWSOptions
        {
            Region = RegionEndpoint.EUWest2,
            Credentials = new BasicAWSCredentials(TestClients.AccessKey, TestClients.SecretKey),
            DefaultClientConfig = { ServiceURL = server.Url, AuthenticationRegion = "eu-west-2", MaxErrorRetry = 1 },
        });
        services.AddAWSService<ILightsailClient>();
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<ILightsailClient>();
        var response = await client.GetOperationAsync(new GetOperationRequest { OperationId = "op-1" });

        Assert.IsType<LightsailClient>(client);
        Assert.IsType<LightsailClientConfig>(client.Config);
        Assert.Equal(1, client.Config.MaxErrorRetry);
        Assert.Same(client, provider.GetRequiredService<ILightsailClient>());
        Assert.Equal("op-1", response.Operation!.Id);
        var sent = Assert.Single(server.Requests);
        Assert.Equal("eu-west-2", SigV4Verifier.Parse(sent).Region);
        Assert.Equal("attempt=1; max=2", sent.Header("amz-sdk-request"));
        SigV4Verifier.AssertValid(sent, TestClients.AccessKey, TestClients.SecretKey);
    }

    [Fact]
    public async Task Options_given_to_AddAWSService_override_the_defaults()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"instance\":{\"name\":\"web-1\"}}"));
        var services = new ServiceCollection();
        services.AddDefaultAWSOptions(new AWSOptions { Region = RegionEndpoint.USEast1, Credentials = new BasicAWSCredentials("unused", "unused") });
        services.AddAWSService<ILightsailClient>(new AWSOptions
        {
            Credentials = new SessionAWSCredentials(TestClients.AccessKey, TestClients.SecretKey, TestClients.SessionToken),
            DefaultClientConfig = { ServiceURL = server.Url, AuthenticationRegion = "us-east-1" },
        });
        await using var provider = services.BuildServiceProvider();

        var instance = (await provider.GetRequiredService<ILightsailClient>().GetInstanceAsync(new GetInstanceRequest { InstanceName = "web-1" })).Instance;

        Assert.Equal("web-1", instance!.Name);
        var sent = Assert.Single(server.Requests);
        Assert.Equal(TestClients.SessionToken, sent.Header("X-Amz-Security-Token"));
        SigV4Verifier.AssertValid(sent, TestClients.AccessKey, TestClients.SecretKey);
    }

    /// <summary>
    /// Setup's netstandard2.0/netcoreapp3.1 builds (used by .NET Framework and older .NET hosts) find the types by name
    /// instead of through static interface members; this follows the same lookup.
    /// </summary>
    [Fact]
    public async Task The_name_convention_of_older_Setup_builds_finds_a_working_client()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"operation\":{\"id\":\"op-1\"}}"));
        var serviceInterface = typeof(ILightsailClient);
        var baseName = serviceInterface.Namespace + "." + serviceInterface.Name.Substring(1);
        var configType = serviceInterface.Assembly.GetType(baseName + "Config")!;
        var clientType = serviceInterface.Assembly.GetType(baseName + "Client")!;
        var config = (LightsailClientConfig)configType.GetConstructor(Type.EmptyTypes)!.Invoke(Array.Empty<object>());
        config.ServiceURL = server.Url;
        config.AuthenticationRegion = "us-east-1";
        var constructor = clientType.GetConstructor(new[] { typeof(AWSCredentials), configType })!;

        using var client = (ILightsailClient)constructor.Invoke(new object[] { new BasicAWSCredentials(TestClients.AccessKey, TestClients.SecretKey), config });
        var response = await client.GetOperationAsync(new GetOperationRequest { OperationId = "op-1" });

        Assert.Equal("op-1", response.Operation!.Id);
        SigV4Verifier.AssertValid(Assert.Single(server.Requests), TestClients.AccessKey, TestClients.SecretKey);
    }
}
