using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Reads <c>{cpuCount, ramSizeInGb}</c>; <c>disks</c> is skipped.</summary>
internal sealed class InstanceHardwareUnmarshaller : IJsonUnmarshaller<InstanceHardware?, JsonUnmarshallerContext>
{
    public static InstanceHardwareUnmarshaller Instance { get; } = new();

    public InstanceHardware? Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObjectReader.TryStart(context, ref reader, out var depth))
        {
            return null;
        }

        var hardware = new InstanceHardware();
        while (context.ReadAtDepth(depth, ref reader))
        {
            if (context.TestExpression("cpuCount", depth, ref reader))
            {
                hardware.CpuCount = NullableIntUnmarshaller.Instance.Unmarshall(context, ref reader);
            }
            else if (context.TestExpression("ramSizeInGb", depth, ref reader))
            {
                hardware.RamSizeInGb = NullableFloatUnmarshaller.Instance.Unmarshall(context, ref reader);
            }
        }

        return hardware;
    }
}
