using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The result of <c>GetOperation</c>, as <c>Amazon.Lightsail.Model.GetOperationResponse</c>.</summary>
public sealed class GetOperationResponse : AmazonWebServiceResponse
{
    /// <summary>The operation.</summary>
    public Operation? Operation { get; set; }
}
