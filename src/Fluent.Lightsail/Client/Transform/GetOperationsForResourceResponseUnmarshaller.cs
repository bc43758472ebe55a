using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Reads <c>{"operations":[…],"nextPageToken":…}</c>.</summary>
internal sealed class GetOperationsForResourceResponseUnmarshaller : LightsailResponseUnmarshaller
{
    public static GetOperationsForResourceResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
    {
        var response = new GetOperationsForResourceResponse();
        var reader = new StreamingUtf8JsonReader(context.Stream);
        context.Read(ref reader);
        var depth = context.CurrentDepth;
        while (context.ReadAtDepth(depth, ref reader))
        {
            if (context.TestExpression("operations", depth, ref reader))
            {
                response.Operations = JsonList.Read(context, ref reader, OperationUnmarshaller.Instance);
            }
            else if (context.TestExpression("nextPageToken", depth, ref reader))
            {
                response.NextPageToken = JsonObjectReader.String(context, ref reader);
            }
        }

        return response;
    }
}
