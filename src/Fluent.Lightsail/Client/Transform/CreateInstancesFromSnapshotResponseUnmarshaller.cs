using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Reads <c>{"operations":[…]}</c>.</summary>
internal sealed class CreateInstancesFromSnapshotResponseUnmarshaller : LightsailResponseUnmarshaller
{
    public static CreateInstancesFromSnapshotResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
    {
        var response = new CreateInstancesFromSnapshotResponse();
        var reader = new StreamingUtf8JsonReader(context.Stream);
        context.Read(ref reader);
        var depth = context.CurrentDepth;
        while (context.ReadAtDepth(depth, ref reader))
        {
            if (context.TestExpression("operations", depth, ref reader))
            {
                response.Operations = JsonList.Read(context, ref reader, OperationUnmarshaller.Instance);
            }
        }

        return response;
    }
}
