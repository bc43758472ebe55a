namespace Fluent.Lightsail.Model;

/// <summary>The input of <c>GetInstances</c>, as <c>Amazon.Lightsail.Model.GetInstancesRequest</c>.</summary>
public sealed class GetInstancesRequest : LightsailRequest
{
    /// <summary>The token of the next page, from a previous response's <see cref="GetInstancesResponse.NextPageToken"/>.</summary>
    public string? PageToken { get; set; }
}
