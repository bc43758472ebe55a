using System.Text.Json;

namespace Fluent.Lightsail.Local.Operations;

/// <summary><c>GetOperations</c>: every operation, newest first, in one page (no <c>nextPageToken</c>).</summary>
internal sealed class GetOperationsHandler : IOperationHandler
{
    public string Name => "GetOperations";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        output.WriteStartObject();
        OperationJson.WriteList(output, "operations", context.State.GetOperations(), context.Now);
        output.WriteEndObject();
    }
}
