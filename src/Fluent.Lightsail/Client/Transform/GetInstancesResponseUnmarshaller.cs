using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Reads <c>{"instances":[…],"nextPageToken":…}</c>.</summary>
internal sealed class GetInstancesResponseUnmarshaller : LightsailResponseUnmarshaller
{
    public static GetInstancesResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
    {
        var response = new GetInstancesResponse();
        var reader = new StreamingUtf8JsonReader(context.Stream);
        context.Read(ref reader);
        var depth = context.CurrentDepth;
        while (context.ReadAtDepth(depth, ref reader))
        {
            if (context.TestExpression("instances", depth, ref reader))
            {
                response.Instances = JsonList.Read(context, ref reader, InstanceUnmarshaller.Instance);
            }
            else if (context.TestExpression("nextPageToken", depth, ref reader))
            {
                response.NextPageToken = JsonObjectReader.String(context, ref reader);
            }
        }

        return response;
    }
}
