using Amazon.Runtime;

namespace Fluent.Lightsail;

/// <summary>
/// Exists only for AWSSDK.Extensions.NETCore.Setup's netstandard2.0 and netcoreapp3.1 builds, which have no static
/// interface members to call and instead find the client of <c>AddAWSService&lt;ILightsailClient&gt;()</c> by name:
/// <c>{namespace}.{interface name without I}Client</c>, i.e. this type, constructed with
/// <c>(AWSCredentials, LightsailClientConfig)</c>. (The config's name, <see cref="LightsailClientConfig"/>, already
/// fits the same convention.)
/// </summary>
internal sealed class LightsailClientClient : LightsailClient
{
    public LightsailClientClient(AWSCredentials credentials, LightsailClientConfig clientConfig)
        : base(credentials, clientConfig)
    {
    }
}
