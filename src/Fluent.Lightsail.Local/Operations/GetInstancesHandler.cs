using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>
/// <c>GetInstances</c>: the instances of the region, oldest first, <see cref="OperationContext.PageSize"/> at a time;
/// <c>nextPageToken</c> is present while more follow, as botocore's paginator expects.
/// </summary>
internal sealed class GetInstancesHandler : IOperationHandler
{
    public string Name => "GetInstances";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        var pageToken = JsonInput.OptionalString(input, "pageToken");
        var (page, nextPageToken) = context.State.GetInstancesPage(context.Now, string.IsNullOrEmpty(pageToken) ? null : pageToken, context.PageSize);
        output.WriteStartObject();
        output.WriteStartArray("instances");
        foreach (var instance in page)
        {
            InstanceJson.Write(output, instance, context.Now, context.PublicIpDelay);
        }

        output.WriteEndArray();
        if (nextPageToken is not null)
        {
            output.WriteString("nextPageToken", nextPageToken);
        }

        output.WriteEndObject();
    }
}
