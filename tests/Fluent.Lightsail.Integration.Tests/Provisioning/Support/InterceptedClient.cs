using Amazon.Runtime;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Integration.Tests.Provisioning.Support;

/// <summary>
/// A real client that runs a step just before each <c>CreateInstances</c> it sends: where a test makes another caller
/// act between an ensure's read and its create, the one moment a race can happen.
/// </summary>
public sealed class InterceptedClient(AWSCredentials credentials, LightsailClientConfig config, Func<CreateInstancesRequest, Task> beforeCreate)
    : LightsailClient(credentials, config)
{
    public override async Task<CreateInstancesResponse> CreateInstancesAsync(CreateInstancesRequest request, CancellationToken cancellationToken = default)
    {
        await beforeCreate(request);
        return await base.CreateInstancesAsync(request, cancellationToken);
    }
}
