using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Marshals <c>GetOperation</c>: <c>{"operationId":…}</c>.</summary>
internal sealed class GetOperationRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static GetOperationRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var request = (GetOperationRequest)input;
        var body = JsonProtocol.WriteBody(writer =>
        {
            if (request.OperationId != null)
            {
                writer.WriteString("operationId", request.OperationId);
            }
        });
        return JsonProtocol.CreateRequest(request, "GetOperation", body);
    }
}
