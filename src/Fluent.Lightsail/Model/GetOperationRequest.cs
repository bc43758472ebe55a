namespace Fluent.Lightsail.Model;

/// <summary>The input of <c>GetOperation</c>, as <c>Amazon.Lightsail.Model.GetOperationRequest</c>.</summary>
public sealed class GetOperationRequest : LightsailRequest
{
    /// <summary>The ID of the operation. Required.</summary>
    public string? OperationId { get; set; }
}
