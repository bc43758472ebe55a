using System.Collections.Generic;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The result of <c>CreateInstancesFromSnapshot</c>: one operation per instance name.</summary>
public sealed class CreateInstancesFromSnapshotResponse : AmazonWebServiceResponse
{
    /// <summary>The operations started by the call; <see langword="null"/> when the response had none.</summary>
    public List<Operation>? Operations { get; set; }

    /// <summary>As <see cref="CreateInstancesResponse.RecoveredAfterRetry"/> (the blueprint is not compared: it comes from the snapshot).</summary>
    public bool RecoveredAfterRetry { get; set; }
}
