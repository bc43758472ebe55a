using Amazon;
using Amazon.Runtime;
using Fluent.Lightsail.Client.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>Lightsail's endpoint rules, resolved without sending anything, plus the overrides Core reads from the environment.</summary>
[Collection(EnvironmentVariableCollection.Name)]
public sealed class EndpointResolutionTests : IDisposable
{
    // Every test starts without configured endpoint URLs (CI exports AWS_ENDPOINT_URL as a safety net).
    private readonly EnvironmentScope _environment = new(("AWS_ENDPOINT_URL", null), ("AWS_ENDPOINT_URL_LIGHTSAIL", null));

    public void Dispose() => _environment.Dispose();

    public static TheoryData<string, bool, bool, string> Regions => new()
    {
        { "us-east-1", false, false, "https://lightsail.us-east-1.amazonaws.com/" },
        { "us-east-2", false, false, "https://lightsail.us-east-2.amazonaws.com/" },
        { "eu-west-2", false, false, "https://lightsail.eu-west-2.amazonaws.com/" },
        { "ap-southeast-5", false, false, "https://lightsail.ap-southeast-5.amazonaws.com/" },
        { "us-east-1", true, false, "https://lightsail-fips.us-east-1.amazonaws.com/" },
        { "ca-central-1", true, false, "https://lightsail-fips.ca-central-1.amazonaws.com/" },
        { "us-east-1", false, true, "https://lightsail.us-east-1.api.aws/" },
        { "eu-central-1", false, true, "https://lightsail.eu-central-1.api.aws/" },
        { "us-west-2", true, true, "https://lightsail-fips.us-west-2.api.aws/" },
    };

    [Theory]
    [MemberData(nameof(Regions))]
    public void Region_fips_and_dual_stack_select_the_host(string region, bool fips, bool dualStack, string expected)
    {
        var config = new LightsailClientConfig
        {
            RegionEndpoint = RegionEndpoint.GetBySystemName(region),
            UseFIPSEndpoint = fips,
            UseDualstackEndpoint = dualStack,
        };
        using var client = new LightsailClient(new BasicAWSCredentials(TestClients.AccessKey, TestClients.SecretKey), config);

        Assert.Equal(expected, client.DetermineServiceOperationEndpoint(new GetOperationRequest()).URL);
    }

    [Fact]
    public void ServiceUrl_wins_over_the_region_rules()
    {
        var config = new LightsailClientConfig { RegionEndpoint = RegionEndpoint.EUWest1, ServiceURL = "http://127.0.0.1:4566" };
        using var client = new LightsailClient(new BasicAWSCredentials(TestClients.AccessKey, TestClients.SecretKey), config);

        Assert.Equal("http://127.0.0.1:4566/", client.DetermineServiceOperationEndpoint(new GetOperationRequest()).URL);
    }

    [Theory]
    [InlineData(true, false, "Invalid Configuration: FIPS and custom endpoint are not supported")]
    [InlineData(false, true, "Invalid Configuration: Dualstack and custom endpoint are not supported")]
    public async Task Fips_or_dual_stack_with_a_custom_endpoint_is_an_error(bool fips, bool dualStack, string message)
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{}"));
        using var client = TestClients.Create(server, c =>
        {
            c.UseFIPSEndpoint = fips;
            c.UseDualstackEndpoint = dualStack;
        });

        var exception = await Assert.ThrowsAsync<AmazonClientException>(() => client.GetOperationAsync(new GetOperationRequest { OperationId = "o" }));

        Assert.Equal(message, exception.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void A_missing_region_is_an_error()
    {
        _environment.Set("AWS_REGION", null);
        _environment.Set("AWS_DEFAULT_REGION", null);
        _environment.Set("AWS_PROFILE", null);
        _environment.Set("AWS_CONFIG_FILE", Path.Combine(Path.GetTempPath(), "no-such-aws-config-" + Guid.NewGuid()));
        _environment.Set("AWS_SHARED_CREDENTIALS_FILE", Path.Combine(Path.GetTempPath(), "no-such-aws-credentials-" + Guid.NewGuid()));
        // Core caches the region it found for the whole process; probe afresh now, and again for later tests.
        FallbackRegionFactory.Reset();
        try
        {
            var config = new LightsailClientConfig();

            var exception = Assert.ThrowsAny<AmazonClientException>(() => config.DetermineServiceOperationEndpoint(new Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters(new GetOperationRequest())));

            Assert.Equal("Invalid Configuration: Missing Region", exception.Message);
        }
        finally
        {
            FallbackRegionFactory.Reset();
        }
    }

    [Theory]
    [InlineData("AWS_ENDPOINT_URL_LIGHTSAIL")]
    [InlineData("AWS_ENDPOINT_URL")]
    public async Task Endpoint_url_environment_variables_redirect_the_client(string variable)
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"operation\":{\"id\":\"o\"}}"));
        _environment.Set(variable, server.Url);

        var config = new LightsailClientConfig { RegionEndpoint = RegionEndpoint.USEast2 };
        using var client = new LightsailClient(new BasicAWSCredentials(TestClients.AccessKey, TestClients.SecretKey), config);

        var response = await client.GetOperationAsync(new GetOperationRequest { OperationId = "o" });

        Assert.Equal("o", response.Operation!.Id);
        var sent = Assert.Single(server.Requests);
        // As in every AWSSDK v4 client, a custom endpoint without AuthenticationRegion signs for the region found in
        // its URL, and Core's RegionFinder answers us-east-1 for a loopback host.
        Assert.Equal("us-east-1", SigV4Verifier.Parse(sent).Region);
        SigV4Verifier.AssertValid(sent, TestClients.AccessKey, TestClients.SecretKey);
    }

    [Fact]
    public async Task The_service_specific_variable_wins_over_the_global_one()
    {
        await using var specific = LoopbackServer.Scripted(StubReply.Json("{\"operation\":{\"id\":\"specific\"}}"));
        await using var global = LoopbackServer.Scripted(StubReply.Json("{\"operation\":{\"id\":\"global\"}}"));
        _environment.Set("AWS_ENDPOINT_URL_LIGHTSAIL", specific.Url);
        _environment.Set("AWS_ENDPOINT_URL", global.Url);

        using var client = new LightsailClient(new BasicAWSCredentials(TestClients.AccessKey, TestClients.SecretKey), new LightsailClientConfig { RegionEndpoint = RegionEndpoint.USEast1 });

        var response = await client.GetOperationAsync(new GetOperationRequest { OperationId = "o" });

        Assert.Equal("specific", response.Operation!.Id);
        Assert.Empty(global.Requests);
    }

    [Fact]
    public void Configured_endpoint_urls_can_be_ignored()
    {
        _environment.Set("AWS_ENDPOINT_URL_LIGHTSAIL", "http://127.0.0.1:9");

        var config = new LightsailClientConfig { RegionEndpoint = RegionEndpoint.USEast1, IgnoreConfiguredEndpointUrls = true };
        using var client = new LightsailClient(new BasicAWSCredentials(TestClients.AccessKey, TestClients.SecretKey), config);

        Assert.Equal("https://lightsail.us-east-1.amazonaws.com/", client.DetermineServiceOperationEndpoint(new GetOperationRequest()).URL);
    }
}
