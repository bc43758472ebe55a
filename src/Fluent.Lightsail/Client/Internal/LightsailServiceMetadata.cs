using System.Collections.Generic;
using Amazon.Runtime.Internal;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>The service id Core uses for endpoint env vars, profiles, metrics and the user agent.</summary>
internal sealed class LightsailServiceMetadata : IServiceMetadata
{
    public const string Id = "Lightsail";

    public string ServiceId => Id;

    public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>(0);
}
