using System;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Building;

/// <summary>
/// What <see cref="InstanceBuilder.CreateAsync"/> calls once <c>Build()</c> has validated the request:
/// one <c>CreateInstances</c> call, whose operations come back as <see cref="CreatedInstances"/> to wait on.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class InstanceCreation
{
    /// <summary>Sends the request and wraps the operations it started.</summary>
    public static async Task<CreatedInstances> CreateAsync(ILightsailClient client, CreateInstancesRequest request, CancellationToken cancellationToken)
    {
        if (client == null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        if (request == null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var response = await client.CreateInstancesAsync(request, cancellationToken).ConfigureAwait(false);
        return new CreatedInstances(request, response);
    }
}
