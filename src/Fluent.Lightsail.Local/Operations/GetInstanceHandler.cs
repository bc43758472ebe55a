using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;

namespace Fluent.Lightsail.Local.Operations;

/// <summary><c>GetInstance</c>: <c>{"instance":{…}}</c> or <c>NotFoundException</c>.</summary>
internal sealed class GetInstanceHandler : IOperationHandler
{
    public string Name => "GetInstance";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        var name = JsonInput.OptionalString(input, "instanceName") ?? throw JsonInput.Missing("instanceName");
        var instance = context.State.GetInstance(name, context.Now);
        output.WriteStartObject();
        output.WritePropertyName("instance");
        InstanceJson.Write(output, instance, context.Now, context.PublicIpDelay);
        output.WriteEndObject();
    }
}
