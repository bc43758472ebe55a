using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Reads an <c>AddOn</c>.</summary>
internal sealed class AddOnUnmarshaller : IJsonUnmarshaller<AddOn?, JsonUnmarshallerContext>
{
    public static AddOnUnmarshaller Instance { get; } = new();

    public AddOn? Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObjectReader.TryStart(context, ref reader, out var depth))
        {
            return null;
        }

        var addOn = new AddOn();
        while (context.ReadAtDepth(depth, ref reader))
        {
            if (context.TestExpression("name", depth, ref reader))
            {
                addOn.Name = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("status", depth, ref reader))
            {
                addOn.Status = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("snapshotTimeOfDay", depth, ref reader))
            {
                addOn.SnapshotTimeOfDay = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("nextSnapshotTimeOfDay", depth, ref reader))
            {
                addOn.NextSnapshotTimeOfDay = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("threshold", depth, ref reader))
            {
                addOn.Threshold = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("duration", depth, ref reader))
            {
                addOn.Duration = JsonObjectReader.String(context, ref reader);
            }
        }

        return addOn;
    }
}
