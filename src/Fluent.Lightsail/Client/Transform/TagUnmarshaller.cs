using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Reads <c>{key, value}</c>.</summary>
internal sealed class TagUnmarshaller : IJsonUnmarshaller<Tag?, JsonUnmarshallerContext>
{
    public static TagUnmarshaller Instance { get; } = new();

    public Tag? Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObjectReader.TryStart(context, ref reader, out var depth))
        {
            return null;
        }

        var tag = new Tag();
        while (context.ReadAtDepth(depth, ref reader))
        {
            if (context.TestExpression("key", depth, ref reader))
            {
                tag.Key = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("value", depth, ref reader))
            {
                tag.Value = JsonObjectReader.String(context, ref reader);
            }
        }

        return tag;
    }
}
