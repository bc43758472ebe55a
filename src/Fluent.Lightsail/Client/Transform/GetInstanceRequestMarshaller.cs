using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Marshals <c>GetInstance</c>: <c>{"instanceName":…}</c>.</summary>
internal sealed class GetInstanceRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static GetInstanceRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var request = (GetInstanceRequest)input;
        var body = JsonProtocol.WriteBody(writer =>
        {
            if (request.InstanceName != null)
            {
                writer.WriteString("instanceName", request.InstanceName);
            }
        });
        return JsonProtocol.CreateRequest(request, "GetInstance", body);
    }
}
