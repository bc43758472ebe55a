using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.Validation;

namespace Fluent.Lightsail.Local.Operations;

/// <summary><c>DisableAddOn</c>: disables an enabled add-on. One <c>DisableAddOn</c> operation.</summary>
internal sealed class DisableAddOnHandler : IOperationHandler
{
    public string Name => "DisableAddOn";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        CreateInstancesValidator.CheckRequired(input, ["addOnType", "resourceName"]);
        var type = JsonInput.OptionalString(input, "addOnType")!;
        var name = JsonInput.OptionalString(input, "resourceName")!;
        AddOnRules.CheckType(type, "addOnType");
        var operation = context.State.ChangeInstance(name, Name, context.Now, context.OperationDelay, context.InjectedFailure, instance =>
        {
            if (instance.AddOns.All(addOn => addOn.Name != type))
            {
                throw ServiceErrors.InvalidInput($"The {type} add-on is not enabled on {name}.");
            }

            return instance.Settings with { AddOns = instance.AddOns.Where(addOn => addOn.Name != type).ToList() };
        });
        ResourceTarget.WriteOperation(output, operation, context.Now);
    }
}
