using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Reads <c>{"operation":{…}}</c>.</summary>
internal sealed class GetOperationResponseUnmarshaller : LightsailResponseUnmarshaller
{
    public static GetOperationResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
    {
        var response = new GetOperationResponse();
        var reader = new StreamingUtf8JsonReader(context.Stream);
        context.Read(ref reader);
        var depth = context.CurrentDepth;
        while (context.ReadAtDepth(depth, ref reader))
        {
            if (context.TestExpression("operation", depth, ref reader))
            {
                response.Operation = OperationUnmarshaller.Instance.Unmarshall(context, ref reader);
            }
        }

        return response;
    }
}
