using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.Validation;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>
/// <c>TagResource</c>: adds tags, or sets the value of keys the resource has (a key keeps its place); at most
/// <see cref="TagRules.MaxTags"/> in all. One <c>TagResource</c> operation.
/// </summary>
internal sealed class TagResourceHandler : IOperationHandler
{
    public string Name => "TagResource";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        CreateInstancesValidator.CheckRequired(input, ["resourceName", "tags"]);
        var name = JsonInput.OptionalString(input, "resourceName")!;
        var arn = ResourceTarget.Arn(input);
        var tags = TagRules.Read(input);
        if (tags.Count == 0)
        {
            throw ServiceErrors.InvalidInput("You must specify at least one tag to add.");
        }

        var operation = context.State.ChangeInstance(name, Name, context.Now, context.OperationDelay, context.InjectedFailure, instance =>
        {
            ResourceTarget.CheckArn(arn, instance);
            var merged = instance.Tags
                .Select(existing => tags.FirstOrDefault(tag => tag.Key == existing.Key) ?? existing)
                .Concat(tags.Where(tag => instance.Tags.All(existing => existing.Key != tag.Key)))
                .ToList();
            if (merged.Count > TagRules.MaxTags)
            {
                throw ServiceErrors.InvalidInput(
                    $"A resource can have at most {TagRules.MaxTags} tags; {name} would have {merged.Count}.");
            }

            return instance.Settings with { Tags = merged };
        });
        ResourceTarget.WriteOperation(output, operation, context.Now);
    }
}
