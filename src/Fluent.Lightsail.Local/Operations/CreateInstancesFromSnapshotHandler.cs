using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.Validation;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>
/// <c>CreateInstancesFromSnapshot</c>: the image comes from a seeded manual snapshot or an instance's automatic
/// snapshots; the new plan's disk must be at least the source's; then the same checks and state as CreateInstances.
/// </summary>
internal sealed class CreateInstancesFromSnapshotHandler : IOperationHandler
{
    private static readonly string[] Required = ["instanceNames", "availabilityZone", "bundleId"];

    public string Name => "CreateInstancesFromSnapshot";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        CreateInstancesValidator.CheckRequired(input, Required);
        var names = JsonInput.OptionalStringList(input, "instanceNames")!;
        var zone = JsonInput.OptionalString(input, "availabilityZone")!;
        var bundle = CreateInstancesValidator.FindBundle(JsonInput.OptionalString(input, "bundleId")!);
        CreateInstancesValidator.CheckNames(names);
        CreateInstancesValidator.CheckZone(zone, context.Region);

        var source = SnapshotSourceRules.Resolve(input, context.State, context.Now);
        if (bundle.DiskSizeInGb < source.SourceBundle.DiskSizeInGb)
        {
            throw ServiceErrors.InvalidInput(
                $"The bundle {bundle.BundleId} ({bundle.DiskSizeInGb} GB) is smaller than the snapshot's source bundle {source.SourceBundle.BundleId} ({source.SourceBundle.DiskSizeInGb} GB).");
        }

        var spec = CreateInstancesValidator.Complete(input, names, zone, source.Blueprint, bundle);
        var operations = context.State.CreateInstances(spec, context.Now, context.OperationDelay, context.InjectedFailure, context.Requester, Name);
        output.WriteStartObject();
        OperationJson.WriteList(output, "operations", operations, context.Now);
        output.WriteEndObject();
    }
}
