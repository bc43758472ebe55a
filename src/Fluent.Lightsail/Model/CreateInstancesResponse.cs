using System.Collections.Generic;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The result of <c>CreateInstances</c>: one operation per instance name.</summary>
public sealed class CreateInstancesResponse : AmazonWebServiceResponse
{
    /// <summary>The operations started by the call; <see langword="null"/> when the response had none.</summary>
    public List<Operation>? Operations { get; set; }
}
