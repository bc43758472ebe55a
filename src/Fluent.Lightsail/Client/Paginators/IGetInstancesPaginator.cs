using Amazon.Runtime;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>The paginator of <c>GetInstances</c>. Either enumerable may be walked once: the paginator follows the tokens itself.</summary>
public interface IGetInstancesPaginator
{
    /// <summary>Every page, as returned.</summary>
    IPaginatedEnumerable<GetInstancesResponse> Responses { get; }

    /// <summary>Every instance of every page.</summary>
    IPaginatedEnumerable<Instance> Instances { get; }
}
