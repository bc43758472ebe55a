namespace Fluent.Lightsail.Model;

/// <summary>The input of <c>GetOperationsForResource</c>, as <c>Amazon.Lightsail.Model.GetOperationsForResourceRequest</c>.</summary>
public sealed class GetOperationsForResourceRequest : LightsailRequest
{
    /// <summary>The name of the resource. Required.</summary>
    public string? ResourceName { get; set; }

    /// <summary>The token of the next page, from a previous response.</summary>
    public string? PageToken { get; set; }
}
