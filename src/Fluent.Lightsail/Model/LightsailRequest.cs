using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The base of every Lightsail request, as <c>AmazonLightsailRequest</c> is in AWSSDK.Lightsail.</summary>
public abstract class LightsailRequest : AmazonWebServiceRequest
{
}
