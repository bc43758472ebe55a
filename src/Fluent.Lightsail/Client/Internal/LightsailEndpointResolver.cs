using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// Replaces Core's generic endpoint step: maps the client config onto <see cref="LightsailEndpointParameters"/> and lets
/// <see cref="LightsailEndpointProvider"/> (or a global provider) pick the URL.
/// </summary>
internal sealed class LightsailEndpointResolver : BaseEndpointResolver
{
    protected override void ServiceSpecificHandler(IExecutionContext executionContext, EndpointParameters parameters) =>
        InjectHostPrefix(executionContext.RequestContext);

    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext)
    {
        var config = requestContext.ClientConfig;
        var result = new LightsailEndpointParameters
        {
            Region = requestContext.Request.AlternateEndpoint?.SystemName ?? config.RegionEndpoint?.SystemName,
            UseDualStack = config.UseDualstackEndpoint,
            UseFIPS = config.UseFIPSEndpoint,
            Endpoint = config.ServiceURL,
        };

        // With only a ServiceURL, the signing region comes from AuthenticationRegion or from the URL itself
        // (Core's RegionFinder falls back to us-east-1 for hosts such as 127.0.0.1).
        if (config.RegionEndpoint == null && !string.IsNullOrEmpty(config.ServiceURL))
        {
            if (!string.IsNullOrEmpty(config.AuthenticationRegion))
            {
                result.Region = config.AuthenticationRegion;
            }
            else
            {
                var regionName = AWSSDKUtils.DetermineRegion(config.ServiceURL);
                result.Region = regionName == null ? null : RegionEndpoint.GetBySystemName(regionName).SystemName;
            }
        }

        if (result.Region == "us-east-1-regional")
        {
            result.Region = "us-east-1";
        }

        return result;
    }
}
