using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Marshals <c>GetOperationsForResource</c>: <c>{"resourceName":…,"pageToken":…}</c>.</summary>
internal sealed class GetOperationsForResourceRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static GetOperationsForResourceRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var request = (GetOperationsForResourceRequest)input;
        var body = JsonProtocol.WriteBody(writer =>
        {
            if (request.ResourceName != null)
            {
                writer.WriteString("resourceName", request.ResourceName);
            }

            if (request.PageToken != null)
            {
                writer.WriteString("pageToken", request.PageToken);
            }
        });
        return JsonProtocol.CreateRequest(request, "GetOperationsForResource", body);
    }
}
