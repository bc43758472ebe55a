using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Reads an <c>Instance</c>; members the model type does not carry (networking, metadata options) are skipped.</summary>
internal sealed class InstanceUnmarshaller : IJsonUnmarshaller<Instance?, JsonUnmarshallerContext>
{
    public static InstanceUnmarshaller Instance { get; } = new();

    public Instance? Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObjectReader.TryStart(context, ref reader, out var depth))
        {
            return null;
        }

        var instance = new Instance();
        while (context.ReadAtDepth(depth, ref reader))
        {
            if (context.TestExpression("addOns", depth, ref reader))
            {
                instance.AddOns = JsonList.Read(context, ref reader, AddOnUnmarshaller.Instance);
            }
            else if (context.TestExpression("arn", depth, ref reader))
            {
                instance.Arn = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("blueprintId", depth, ref reader))
            {
                instance.BlueprintId = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("blueprintName", depth, ref reader))
            {
                instance.BlueprintName = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("bundleId", depth, ref reader))
            {
                instance.BundleId = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("createdAt", depth, ref reader))
            {
                instance.CreatedAt = NullableDateTimeUnmarshaller.Instance.Unmarshall(context, ref reader);
            }
            else if (context.TestExpression("hardware", depth, ref reader))
            {
                instance.Hardware = InstanceHardwareUnmarshaller.Instance.Unmarshall(context, ref reader);
            }
            else if (context.TestExpression("ipAddressType", depth, ref reader))
            {
                instance.IpAddressType = JsonObjectReader.Constant(context, ref reader, IpAddressType.FindValue);
            }
            else if (context.TestExpression("ipv6Addresses", depth, ref reader))
            {
                instance.Ipv6Addresses = JsonList.Read<string>(context, ref reader, StringUnmarshaller.Instance);
            }
            else if (context.TestExpression("isStaticIp", depth, ref reader))
            {
                instance.IsStaticIp = NullableBoolUnmarshaller.Instance.Unmarshall(context, ref reader);
            }
            else if (context.TestExpression("location", depth, ref reader))
            {
                instance.Location = ResourceLocationUnmarshaller.Instance.Unmarshall(context, ref reader);
            }
            else if (context.TestExpression("name", depth, ref reader))
            {
                instance.Name = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("privateIpAddress", depth, ref reader))
            {
                instance.PrivateIpAddress = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("publicIpAddress", depth, ref reader))
            {
                instance.PublicIpAddress = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("resourceType", depth, ref reader))
            {
                instance.ResourceType = JsonObjectReader.Constant(context, ref reader, ResourceType.FindValue);
            }
            else if (context.TestExpression("sshKeyName", depth, ref reader))
            {
                instance.SshKeyName = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("state", depth, ref reader))
            {
                instance.State = InstanceStateUnmarshaller.Instance.Unmarshall(context, ref reader);
            }
            else if (context.TestExpression("supportCode", depth, ref reader))
            {
                instance.SupportCode = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("tags", depth, ref reader))
            {
                instance.Tags = JsonList.Read(context, ref reader, TagUnmarshaller.Instance);
            }
            else if (context.TestExpression("username", depth, ref reader))
            {
                instance.Username = JsonObjectReader.String(context, ref reader);
            }
        }

        return instance;
    }
}
