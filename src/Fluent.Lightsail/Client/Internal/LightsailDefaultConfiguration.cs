using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Amazon.Runtime;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// The SDK's defaults modes for Lightsail, the values AWSSDK.Lightsail v4 ships (every mode retries in standard mode;
/// they differ only in connect timeouts). Core picks one from <c>AWS_DEFAULTS_MODE</c> or the config.
/// </summary>
internal static class LightsailDefaultConfiguration
{
    public static IDefaultConfiguration Standard { get; } = Mode(DefaultConfigurationMode.Standard, 3100);

    public static IDefaultConfiguration InRegion { get; } = Mode(DefaultConfigurationMode.InRegion, 1100);

    public static IDefaultConfiguration CrossRegion { get; } = Mode(DefaultConfigurationMode.CrossRegion, 3100);

    public static IDefaultConfiguration Mobile { get; } = Mode(DefaultConfigurationMode.Mobile, 30000);

    public static IDefaultConfiguration Auto { get; } = Mode(DefaultConfigurationMode.Auto, 1100);

    public static ReadOnlyCollection<IDefaultConfiguration> GetAllConfigurations() =>
        new(new List<IDefaultConfiguration> { Standard, InRegion, CrossRegion, Mobile, Auto });

    private static DefaultConfiguration Mode(DefaultConfigurationMode name, long connectTimeoutMilliseconds) => new()
    {
        Name = name,
        RetryMode = RequestRetryMode.Standard,
        S3UsEast1RegionalEndpoint = S3UsEast1RegionalEndpointValue.Regional,
        ConnectTimeout = TimeSpan.FromMilliseconds(connectTimeoutMilliseconds),
        TlsNegotiationTimeout = TimeSpan.FromMilliseconds(connectTimeoutMilliseconds),
        TimeToFirstByteTimeout = null,
        HttpRequestTimeout = null,
    };
}
