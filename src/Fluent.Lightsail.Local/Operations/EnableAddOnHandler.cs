using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.Validation;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>
/// <c>EnableAddOn</c>: enables an add-on, or changes one that is enabled (a new AutoSnapshot time), with the same
/// rules as add-ons on create. One <c>EnableAddOn</c> operation.
/// </summary>
internal sealed class EnableAddOnHandler : IOperationHandler
{
    public string Name => "EnableAddOn";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        CreateInstancesValidator.CheckRequired(input, ["resourceName", "addOnRequest"]);
        var name = JsonInput.OptionalString(input, "resourceName")!;
        var request = JsonInput.OptionalObject(input, "addOnRequest")!.Value;
        var operation = context.State.ChangeInstance(name, Name, context.Now, context.OperationDelay, context.InjectedFailure, instance =>
        {
            var addOn = AddOnRules.ReadOne(request, "addOnRequest", instance.Blueprint, instance.Bundle);
            var others = instance.AddOns.Where(existing => existing.Name != addOn.Name);
            return instance.Settings with { AddOns = [.. others, addOn] };
        });
        ResourceTarget.WriteOperation(output, operation, context.Now);
    }
}
