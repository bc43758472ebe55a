using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Reads an <c>Operation</c>; timestamps are epoch seconds and become UTC <see cref="System.DateTime"/>s.</summary>
internal sealed class OperationUnmarshaller : IJsonUnmarshaller<Operation?, JsonUnmarshallerContext>
{
    public static OperationUnmarshaller Instance { get; } = new();

    public Operation? Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObjectReader.TryStart(context, ref reader, out var depth))
        {
            return null;
        }

        var operation = new Operation();
        while (context.ReadAtDepth(depth, ref reader))
        {
            if (context.TestExpression("createdAt", depth, ref reader))
            {
                operation.CreatedAt = NullableDateTimeUnmarshaller.Instance.Unmarshall(context, ref reader);
            }
            else if (context.TestExpression("errorCode", depth, ref reader))
            {
                operation.ErrorCode = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("errorDetails", depth, ref reader))
            {
                operation.ErrorDetails = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("id", depth, ref reader))
            {
                operation.Id = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("isTerminal", depth, ref reader))
            {
                operation.IsTerminal = NullableBoolUnmarshaller.Instance.Unmarshall(context, ref reader);
            }
            else if (context.TestExpression("location", depth, ref reader))
            {
                operation.Location = ResourceLocationUnmarshaller.Instance.Unmarshall(context, ref reader);
            }
            else if (context.TestExpression("operationDetails", depth, ref reader))
            {
                operation.OperationDetails = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("operationType", depth, ref reader))
            {
                operation.OperationType = JsonObjectReader.Constant(context, ref reader, OperationType.FindValue);
            }
            else if (context.TestExpression("resourceName", depth, ref reader))
            {
                operation.ResourceName = JsonObjectReader.String(context, ref reader);
            }
            else if (context.TestExpression("resourceType", depth, ref reader))
            {
                operation.ResourceType = JsonObjectReader.Constant(context, ref reader, ResourceType.FindValue);
            }
            else if (context.TestExpression("status", depth, ref reader))
            {
                operation.Status = JsonObjectReader.Constant(context, ref reader, OperationStatus.FindValue);
            }
            else if (context.TestExpression("statusChangedAt", depth, ref reader))
            {
                operation.StatusChangedAt = NullableDateTimeUnmarshaller.Instance.Unmarshall(context, ref reader);
            }
        }

        return operation;
    }
}
