using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Fluent.Lightsail.Json;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Marshals <c>CreateInstances</c>; the body is <see cref="LightsailJson"/>'s, byte for byte what the JS SDK sends.</summary>
internal sealed class CreateInstancesRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static CreateInstancesRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var request = (CreateInstancesRequest)input;
        return JsonProtocol.CreateRequest(request, "CreateInstances", LightsailJson.SerializeToUtf8(request));
    }
}
