using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Reads <c>{availabilityZone, regionName}</c>.</summary>
internal sealed class ResourceLocationUnmarshaller : IJsonUnmarshaller<ResourceLocation?, JsonUnmarshallerContext>
{
    public static ResourceLocationUnmarshaller Instance { get; } = new();

    public ResourceLocation? Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObjectReader.TryStart(context, ref reader, out var depth))
        {
            return null;
        }

        var location = new ResourceLocation();
        while (context.ReadAtDepth(depth, ref reader))
        {
            if (context.TestExpression("availabilityZone", depth, ref reader))
            {
                location.AvailabilityZone = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("regionName", depth, ref reader))
            {
                location.RegionName = JsonObjectReader.Constant(context, ref reader, RegionName.FindValue);
            }
        }

        return location;
    }
}
