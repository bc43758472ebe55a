using System.Text.Json;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>One Lightsail operation: reads the request body, writes the response body or throws a ServiceError.</summary>
internal interface IOperationHandler
{
    string Name { get; }

    void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context);
}
