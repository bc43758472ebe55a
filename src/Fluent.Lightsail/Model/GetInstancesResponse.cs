using System.Collections.Generic;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>One page of <c>GetInstances</c>, as <c>Amazon.Lightsail.Model.GetInstancesResponse</c>.</summary>
public sealed class GetInstancesResponse : AmazonWebServiceResponse
{
    /// <summary>The instances of this page; <see langword="null"/> when the response had none.</summary>
    public List<Instance>? Instances { get; set; }

    /// <summary>The token of the next page, or <see langword="null"/> on the last page.</summary>
    public string? NextPageToken { get; set; }
}
