using System.Text.Json;
using Fluent.Lightsail.Local.Validation;

namespace Fluent.Lightsail.Local.Operations;

/// <summary><c>CreateInstances</c>: validates, reserves the names atomically, answers one operation per name.</summary>
internal sealed class CreateInstancesHandler : IOperationHandler
{
    public string Name => "CreateInstances";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        var spec = CreateInstancesValidator.Validate(input, context.Region);
        var operations = context.State.CreateInstances(spec, context.Now, context.OperationDelay, context.InjectedFailure, context.Requester);
        output.WriteStartObject();
        OperationJson.WriteList(output, "operations", operations, context.Now);
        output.WriteEndObject();
    }
}
