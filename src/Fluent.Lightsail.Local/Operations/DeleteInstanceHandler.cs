using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;

namespace Fluent.Lightsail.Local.Operations;

/// <summary><c>DeleteInstance</c>: starts a <c>DeleteInstance</c> operation; the name is free once it ends.</summary>
internal sealed class DeleteInstanceHandler : IOperationHandler
{
    public string Name => "DeleteInstance";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        var name = JsonInput.OptionalString(input, "instanceName") ?? throw JsonInput.Missing("instanceName");
        _ = JsonInput.OptionalBoolean(input, "forceDeleteAddOns");
        var operation = context.State.DeleteInstance(name, context.Now, context.OperationDelay, context.InjectedFailure);
        output.WriteStartObject();
        OperationJson.WriteList(output, "operations", [operation], context.Now);
        output.WriteEndObject();
    }
}
