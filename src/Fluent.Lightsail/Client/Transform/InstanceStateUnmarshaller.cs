using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Reads <c>{code, name}</c>.</summary>
internal sealed class InstanceStateUnmarshaller : IJsonUnmarshaller<InstanceState?, JsonUnmarshallerContext>
{
    public static InstanceStateUnmarshaller Instance { get; } = new();

    public InstanceState? Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObjectReader.TryStart(context, ref reader, out var depth))
        {
            return null;
        }

        var state = new InstanceState();
        while (context.ReadAtDepth(depth, ref reader))
        {
            if (context.TestExpression("code", depth, ref reader))
            {
                state.Code = NullableIntUnmarshaller.Instance.Unmarshall(context, ref reader);
            }
            else if (context.TestExpression("name", depth, ref reader))
            {
                state.Name = JsonObjectReader.String(context, ref reader);
            }
        }

        return state;
    }
}
