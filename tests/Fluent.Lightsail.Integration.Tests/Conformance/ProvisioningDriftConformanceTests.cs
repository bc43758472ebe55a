using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using Fluent.Lightsail.Integration.Tests.Conformance.Support;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Integration.Tests.Conformance;

/// <summary>
/// Instances someone else created, with boto3 or the AWS CLI, with other tags and no AutoSnapshot: the plan reports
/// them Drifted with exactly those differences, EnsureInstancesAsync reconciles them in place (tags made exactly the
/// desired ones, the AutoSnapshot add-on enabled) and creates only the missing name of the fleet, and boto3 then reads
/// back the reconciled tags and add-on. The foreign instance is changed, never recreated.
/// </summary>
public sealed class ProvisioningDriftConformanceTests : ConformanceTest
{
    private const string SnapshotTime = "05:00";

    [Fact]
    public async Task An_instance_created_by_boto3_is_reported_drifted_reconciled_and_read_back_by_boto3()
    {
        var created = await BotoAsync(Call("create_instances", """
            {"instanceNames":["boto-1"],"availabilityZone":"us-east-1a","blueprintId":"ubuntu_24_04","bundleId":"small_3_0",
             "tags":[{"key":"role","value":"legacy"},{"key":"owner","value":"someone-else"}]}
            """));
        Assert.True(created[0].GetProperty("ok").GetBoolean(), created[0].ToString());

        await PlanEnsureAndReadBackAsync("boto-1");
    }

    [Fact]
    public async Task An_instance_created_by_the_AWS_CLI_is_reported_drifted_reconciled_and_read_back_by_boto3()
    {
        await AwsCli.RunJsonAsync(Server.Endpoint, Credentials,
            "create-instances", "--instance-names", "cli-1", "--availability-zone", "us-east-1a",
            "--blueprint-id", "ubuntu_24_04", "--bundle-id", "small_3_0",
            "--tags", "key=role,value=legacy", "key=owner,value=someone-else");

        await PlanEnsureAndReadBackAsync("cli-1");
    }

    private async Task PlanEnsureAndReadBackAsync(string foreign)
    {
        using var client = new LightsailClient(
            new BasicAWSCredentials(Server.AccessKeyId, Server.SecretAccessKey),
            new LightsailClientConfig { ServiceURL = Server.Endpoint.ToString(), AuthenticationRegion = Server.Region });
        var desired = Desired(foreign, "fresh-1");
        var foreignCreate = Server.Instances.Single(i => i.Name == foreign).CreateOperationId;

        var plan = await client.PlanInstancesAsync(desired);

        Assert.Equal(InstancePlanAction.Drifted, plan[foreign].Action);
        Assert.Equal(InstancePlanAction.Create, plan["fresh-1"].Action);
        var differences = plan[foreign].Differences;
        Assert.Equal(
            [(InstanceDifferenceKind.TagAdded, "env", null, "prod"), (InstanceDifferenceKind.TagChanged, "role", "legacy", "web"), (InstanceDifferenceKind.TagRemoved, "owner", "someone-else", null)],
            differences.Where(d => d.Kind is InstanceDifferenceKind.TagAdded or InstanceDifferenceKind.TagChanged or InstanceDifferenceKind.TagRemoved)
                .Select(d => (d.Kind, d.Key, d.Current, d.Desired)).OrderBy(d => d.Kind).ThenBy(d => d.Key, StringComparer.Ordinal));
        var autoSnapshot = Assert.Single(differences, d => d.Kind == InstanceDifferenceKind.AddOnEnabled);
        Assert.Equal(("AutoSnapshot", null), (autoSnapshot.Key, autoSnapshot.Current));
        Assert.Contains(SnapshotTime, autoSnapshot.Desired, StringComparison.Ordinal);
        Assert.Equal(4, differences.Count);
        Assert.Empty(plan[foreign].ReplacementDifferences);

        var result = await client.EnsureInstancesAsync(desired, new EnsureOptions { ReconcileTags = true, ReconcileAddOns = true });

        Assert.Equal(["fresh-1"], result.Created);
        Assert.Equal([foreign], result.AlreadyExisted);
        Assert.Empty(result.Drift);
        Assert.Equal([foreign], result.Changes.Select(c => c.InstanceName).Distinct());

        var read = await BotoAsync(Call("get_instance", $$"""{"instanceName":"{{foreign}}"}"""), Call("get_instance", """{"instanceName":"fresh-1"}"""));
        foreach (var step in read)
        {
            Assert.True(step.GetProperty("ok").GetBoolean(), step.ToString());
            var instance = step.GetProperty("result").GetProperty("instance");
            Assert.Equal(
                [("env", "prod"), ("role", "web")],
                instance.GetProperty("tags").EnumerateArray().Select(t => (t.GetProperty("key").GetString(), t.GetProperty("value").GetString())).OrderBy(t => t.Item1, StringComparer.Ordinal));
            var addOn = Assert.Single(instance.GetProperty("addOns").EnumerateArray());
            Assert.Equal(("AutoSnapshot", "Enabled", SnapshotTime), (addOn.GetProperty("name").GetString(), addOn.GetProperty("status").GetString(), addOn.GetProperty("snapshotTimeOfDay").GetString()));
        }

        // Changed in place: the same instance, its one create, and one operation per change after it.
        Assert.Equal(foreignCreate, Server.Instances.Single(i => i.Name == foreign).CreateOperationId);
        var operations = (await client.GetOperationsForResourceAsync(new GetOperationsForResourceRequest { ResourceName = foreign })).Operations!;
        Assert.Equal(1, operations.Count(o => o.OperationType == OperationType.CreateInstance));
        Assert.Contains(operations, o => o.OperationType == OperationType.EnableAddOn);
        Assert.True((await client.PlanInstancesAsync(desired)).IsUpToDate, "a second plan still finds drift");
    }

    private static CreateInstancesRequest Desired(params string[] names) => new()
    {
        InstanceNames = [.. names],
        AvailabilityZone = "us-east-1a",
        BlueprintId = Blueprints.Ubuntu24_04,
        BundleId = Bundles.Small3_0,
        Tags = [new Tag { Key = "role", Value = "web" }, new Tag { Key = "env", Value = "prod" }],
        AddOns = [new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = SnapshotTime } }],
    };

    private async Task<List<JsonElement>> BotoAsync(params JsonObject[] steps)
    {
        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "steps",
            ["steps"] = new JsonArray(steps.Select(step => (JsonNode)step).ToArray()),
        });
        return output.EnumerateArray().ToList();
    }

    private static JsonObject Call(string operation, string parameters) =>
        new() { ["operation"] = operation, ["params"] = JsonNode.Parse(parameters) };
}
