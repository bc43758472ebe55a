using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.Validation;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>
/// <c>UntagResource</c>: removes the tags with the given keys; keys the resource does not have are ignored, so a
/// repeated call changes nothing. One <c>UntagResource</c> operation.
/// </summary>
internal sealed class UntagResourceHandler : IOperationHandler
{
    public string Name => "UntagResource";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        CreateInstancesValidator.CheckRequired(input, ["resourceName", "tagKeys"]);
        var name = JsonInput.OptionalString(input, "resourceName")!;
        var arn = ResourceTarget.Arn(input);
        var keys = JsonInput.OptionalStringList(input, "tagKeys")!;
        if (keys.Count == 0)
        {
            throw ServiceErrors.InvalidInput("You must specify at least one tag key to remove.");
        }

        if (keys.Any(string.IsNullOrEmpty))
        {
            throw ServiceErrors.InvalidInput("Tag keys must not be empty.");
        }

        var operation = context.State.ChangeInstance(name, Name, context.Now, context.OperationDelay, context.InjectedFailure, instance =>
        {
            ResourceTarget.CheckArn(arn, instance);
            return instance.Settings with { Tags = instance.Tags.Where(tag => !keys.Contains(tag.Key, StringComparer.Ordinal)).ToList() };
        });
        ResourceTarget.WriteOperation(output, operation, context.Now);
    }
}
