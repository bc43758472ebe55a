using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The result of <c>GetInstance</c>, as <c>Amazon.Lightsail.Model.GetInstanceResponse</c>.</summary>
public sealed class GetInstanceResponse : AmazonWebServiceResponse
{
    /// <summary>The instance.</summary>
    public Instance? Instance { get; set; }
}
