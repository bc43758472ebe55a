using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>
/// <c>GetOperationsForResource</c>: the operations of one resource, newest first. Clients use it to find the create
/// operation of an instance whose CreateInstances answer was lost.
/// </summary>
internal sealed class GetOperationsForResourceHandler : IOperationHandler
{
    public string Name => "GetOperationsForResource";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        var name = JsonInput.OptionalString(input, "resourceName") ?? throw JsonInput.Missing("resourceName");
        var operations = context.State.GetOperations().Where(o => o.ResourceName == name).ToList();
        if (operations.Count == 0)
        {
            throw ServiceErrors.NotFound($"The resource does not exist: {name}");
        }

        output.WriteStartObject();
        OperationJson.WriteList(output, "operations", operations, context.Now);
        output.WriteEndObject();
    }
}
