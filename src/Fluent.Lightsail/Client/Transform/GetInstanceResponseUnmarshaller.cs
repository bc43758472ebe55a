using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Reads <c>{"instance":{…}}</c>.</summary>
internal sealed class GetInstanceResponseUnmarshaller : LightsailResponseUnmarshaller
{
    public static GetInstanceResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
    {
        var response = new GetInstanceResponse { ServerClockOffsetAtMost = ServerDate.OffsetAtMost(context) };
        var reader = new StreamingUtf8JsonReader(context.Stream);
        context.Read(ref reader);
        var depth = context.CurrentDepth;
        while (context.ReadAtDepth(depth, ref reader))
        {
            if (context.TestExpression("instance", depth, ref reader))
            {
                response.Instance = InstanceUnmarshaller.Instance.Unmarshall(context, ref reader);
            }
        }

        return response;
    }
}
