using System;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal.Endpoints.StandardLibrary;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// Lightsail's endpoint rule set (botocore <c>endpoint-rule-set-1.json</c>), in the order the rules are written:
/// a custom endpoint wins but excludes FIPS and dual-stack; otherwise the region's partition gives
/// <c>lightsail[-fips].{region}.{dnsSuffix|dualStackDnsSuffix}</c>.
/// </summary>
internal sealed class LightsailEndpointProvider : IEndpointProvider
{
    public Endpoint ResolveEndpoint(EndpointParameters parameters)
    {
        if (parameters == null)
        {
            throw new ArgumentNullException(nameof(parameters));
        }

        var useFips = parameters["UseFIPS"] as bool? ?? throw new AmazonClientException("UseFIPS parameter must be set for endpoint resolution");
        var useDualStack = parameters["UseDualStack"] as bool? ?? throw new AmazonClientException("UseDualStack parameter must be set for endpoint resolution");
        var endpoint = parameters["Endpoint"] as string;
        var region = parameters["Region"] as string;

        if (!string.IsNullOrEmpty(endpoint))
        {
            if (useFips)
            {
                throw new AmazonClientException("Invalid Configuration: FIPS and custom endpoint are not supported");
            }

            if (useDualStack)
            {
                throw new AmazonClientException("Invalid Configuration: Dualstack and custom endpoint are not supported");
            }

            return new Endpoint(endpoint!);
        }

        if (string.IsNullOrEmpty(region))
        {
            throw new AmazonClientException("Invalid Configuration: Missing Region");
        }

        var partition = Fn.Partition(region!) ?? throw new AmazonClientException("Cannot resolve endpoint");
        if (useFips && useDualStack)
        {
            if (partition.supportsFIPS && partition.supportsDualStack)
            {
                return new Endpoint($"https://lightsail-fips.{region}.{partition.dualStackDnsSuffix}");
            }

            throw new AmazonClientException("FIPS and DualStack are enabled, but this partition does not support one or both");
        }

        if (useFips)
        {
            if (partition.supportsFIPS)
            {
                return new Endpoint($"https://lightsail-fips.{region}.{partition.dnsSuffix}");
            }

            throw new AmazonClientException("FIPS is enabled but this partition does not support FIPS");
        }

        if (useDualStack)
        {
            if (partition.supportsDualStack)
            {
                return new Endpoint($"https://lightsail.{region}.{partition.dualStackDnsSuffix}");
            }

            throw new AmazonClientException("DualStack is enabled but this partition does not support DualStack");
        }

        return new Endpoint($"https://lightsail.{region}.{partition.dnsSuffix}");
    }
}
