using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;

namespace Fluent.Lightsail.Local.Operations;

/// <summary><c>GetOperation</c>: <c>{"operation":{…}}</c>, the status as of now.</summary>
internal sealed class GetOperationHandler : IOperationHandler
{
    public string Name => "GetOperation";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        var id = JsonInput.OptionalString(input, "operationId") ?? throw JsonInput.Missing("operationId");
        var operation = context.State.GetOperation(id);
        output.WriteStartObject();
        output.WritePropertyName("operation");
        OperationJson.Write(output, operation, context.Now);
        output.WriteEndObject();
    }
}
