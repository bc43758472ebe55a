using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>The paginators of <see cref="ILightsailClient"/>, as <c>Amazon.Lightsail.Model.ILightsailPaginatorFactory</c> would be.</summary>
public interface ILightsailPaginatorFactory
{
    /// <summary>
    /// Pages through <c>GetInstances</c> from <paramref name="request"/>'s page token:
    /// <c>await foreach (var instance in client.Paginators.GetInstances(new()).Instances)</c>.
    /// </summary>
    IGetInstancesPaginator GetInstances(GetInstancesRequest request);
}
