using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util.Internal;
using Fluent.Lightsail.Client.Internal;

namespace Fluent.Lightsail;

/// <summary>
/// Configuration of a <see cref="LightsailClient"/>, shaped like <c>Amazon.Lightsail.AmazonLightsailConfig</c> (AWSSDK.Lightsail
/// v4): region, <c>ServiceURL</c>, FIPS/dual-stack, retries, timeouts and credentials all come from
/// <see cref="ClientConfig"/>.
/// </summary>
public class LightsailClientConfig : ClientConfig
{
    private static readonly string UserAgentString = InternalSDKUtils.BuildUserAgentString(
        LightsailServiceMetadata.Id,
        typeof(LightsailClientConfig).Assembly.GetName().Version?.ToString() ?? "0.0.0");

    /// <summary>Creates a configuration with the SDK defaults (standard retries, 3 attempts).</summary>
    public LightsailClientConfig()
        : base(new DefaultConfigurationProvider(LightsailDefaultConfiguration.GetAllConfigurations()))
    {
        base.ServiceId = LightsailServiceMetadata.Id;
        AuthenticationServiceName = "lightsail";
        EndpointProvider = new LightsailEndpointProvider();
    }

    /// <summary>
    /// The service id, <c>Lightsail</c>. Core also derives <c>AWS_ENDPOINT_URL_LIGHTSAIL</c> and the profile's
    /// <c>lightsail</c> section from it.
    /// </summary>
    public static new string ServiceId => LightsailServiceMetadata.Id;

    /// <inheritdoc />
    public override string RegionEndpointServiceName => "lightsail";

    /// <inheritdoc />
    public override string ServiceVersion => "2016-11-28";

    /// <inheritdoc />
    public override string UserAgent => UserAgentString;

    /// <summary>Resolves the endpoint a request would be sent to, without sending it.</summary>
    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
    {
        var requestContext = new RequestContext(false)
        {
            ClientConfig = this,
            OriginalRequest = parameters.Request,
            Request = new DefaultRequest(parameters.Request, LightsailServiceMetadata.Id),
        };
        requestContext.Request.AlternateEndpoint = parameters.AlternateEndpoint;
        var executionContext = new Amazon.Runtime.Internal.ExecutionContext(requestContext, null);
        return new LightsailEndpointResolver().GetEndpoint(executionContext);
    }
}
