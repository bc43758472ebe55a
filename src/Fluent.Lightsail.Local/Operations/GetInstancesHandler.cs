using System.Text.Json;

namespace Fluent.Lightsail.Local.Operations;

/// <summary><c>GetInstances</c>: every instance of the region in one page.</summary>
internal sealed class GetInstancesHandler : IOperationHandler
{
    public string Name => "GetInstances";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        output.WriteStartObject();
        output.WriteStartArray("instances");
        foreach (var instance in context.State.GetInstances(context.Now))
        {
            InstanceJson.Write(output, instance, context.Now);
        }

        output.WriteEndArray();
        output.WriteEndObject();
    }
}
