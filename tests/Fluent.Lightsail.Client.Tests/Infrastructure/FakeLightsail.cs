using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Fluent.Lightsail.Client.Tests.Infrastructure;

/// <summary>
/// A tiny stateful Lightsail for the client tests: CreateInstances really creates (names are unique, as in the
/// service), GetInstance, GetOperation and GetOperationsForResource read the state. <see cref="Intercept"/> injects
/// faults per request, e.g. "perform the create, then drop the connection".
/// </summary>
public sealed class FakeLightsail
{
    private readonly object _gate = new();
    private readonly Dictionary<string, JsonObject> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _operations = new(StringComparer.Ordinal);
    private int _nextOperation;

    /// <summary>Called before the fake answers; return a reply to answer instead (after <c>performFirst</c>, if set).</summary>
    public Func<RecordedRequest, int, (bool PerformFirst, StubReply? Reply)>? Intercept { get; set; }

    /// <summary>Whether GetOperationsForResource is answered (a real endpoint might not implement it).</summary>
    public bool SupportsGetOperationsForResource { get; set; } = true;

    /// <summary>How far the fake's clock is ahead of the machine's: its <c>Date</c> headers and <c>createdAt</c> stamps use it.</summary>
    public TimeSpan ClockOffset { get; set; }

    /// <summary>The fake's clock.</summary>
    public DateTime UtcNow => DateTime.UtcNow + ClockOffset;

    /// <summary>How many instances CreateInstances actually created.</summary>
    public int CreatedCount { get; private set; }

    public IReadOnlyCollection<string> InstanceNames
    {
        get
        {
            lock (_gate)
            {
                return _instances.Keys.ToArray();
            }
        }
    }

    private int _requestCount;

    public StubReply Handle(RecordedRequest request) =>
        Answer(request).WithHeader("Date", UtcNow.ToString("R", CultureInfo.InvariantCulture));

    private StubReply Answer(RecordedRequest request)
    {
        var index = Interlocked.Increment(ref _requestCount) - 1;
        if (Intercept?.Invoke(request, index) is { Reply: { } reply } intercepted)
        {
            if (intercepted.PerformFirst)
            {
                Perform(request);
            }

            return reply;
        }

        return Perform(request);
    }

    /// <summary>
    /// Adds an instance as if created earlier (by someone else, or by a lost attempt); <paramref name="members"/> adds
    /// request members (<c>tags</c>, <c>keyPairName</c>, <c>ipAddressType</c>, <c>addOns</c>) as CreateInstances takes them.
    /// </summary>
    public void Seed(string name, string blueprintId, string bundleId, string zone, DateTime createdAt, string state = "running", string? members = null)
    {
        lock (_gate)
        {
            var instance = InstanceJson(name, blueprintId, bundleId, zone, createdAt, state);
            AddRequestedMembers(instance, JsonNode.Parse(members == null ? "{}" : "{" + members + "}")!.AsObject());
            _instances[name] = instance;
        }
    }

    /// <summary>Sets the status of an operation, as the service does while it works.</summary>
    public void SetOperationStatus(string operationId, string status, string? errorCode = null, string? errorDetails = null)
    {
        lock (_gate)
        {
            var operation = _operations[operationId];
            operation["status"] = status;
            operation["isTerminal"] = status is "Succeeded" or "Completed" or "Failed";
            if (errorCode != null)
            {
                operation["errorCode"] = errorCode;
                operation["errorDetails"] = errorDetails;
            }
        }
    }

    /// <summary>Answers a request from the state, as the service would (an interceptor may call it to do a request's work late).</summary>
    public StubReply Perform(RecordedRequest request)
    {
        var body = JsonNode.Parse(request.Body)!.AsObject();
        lock (_gate)
        {
            return request.Operation switch
            {
                "CreateInstances" or "CreateInstancesFromSnapshot" => Create(body),
                "GetInstance" => _instances.TryGetValue((string)body["instanceName"]!, out var instance)
                    ? StubReply.Json(new JsonObject { ["instance"] = instance.DeepClone() }.ToJsonString())
                    : StubReply.Error(HttpStatusCode.BadRequest, "NotFoundException", "The Instance does not exist."),
                "GetOperation" => _operations.TryGetValue((string)body["operationId"]!, out var operation)
                    ? StubReply.Json(new JsonObject { ["operation"] = operation.DeepClone() }.ToJsonString())
                    : StubReply.Error(HttpStatusCode.BadRequest, "NotFoundException", "The Operation does not exist."),
                "GetOperationsForResource" when SupportsGetOperationsForResource => OperationsFor((string)body["resourceName"]!),
                _ => StubReply.Error(HttpStatusCode.BadRequest, "UnknownOperationException", "Unknown operation " + request.Operation),
            };
        }
    }

    private StubReply Create(JsonObject body)
    {
        var names = body["instanceNames"]!.AsArray().Select(n => (string)n!).ToArray();
        var taken = names.Where(_instances.ContainsKey).ToArray();
        if (taken.Length > 0)
        {
            return StubReply.Error(HttpStatusCode.BadRequest, "InvalidInputException", "Some names are already in use: " + string.Join(", ", taken), extraMembers: "\"code\":\"InvalidInput\"");
        }

        var zone = (string)body["availabilityZone"]!;
        var operations = new JsonArray();
        foreach (var name in names)
        {
            // A create from a snapshot takes the snapshot's blueprint.
            var blueprint = (string?)body["blueprintId"] ?? "snapshot_blueprint";
            var instance = InstanceJson(name, blueprint, (string)body["bundleId"]!, zone, UtcNow, "pending");
            AddRequestedMembers(instance, body);
            _instances[name] = instance;
            var id = "op-" + (++_nextOperation).ToString(CultureInfo.InvariantCulture);
            var operation = new JsonObject
            {
                ["id"] = id,
                ["resourceName"] = name,
                ["resourceType"] = "Instance",
                ["createdAt"] = Epoch(UtcNow),
                ["location"] = new JsonObject { ["availabilityZone"] = zone, ["regionName"] = zone[..^1] },
                ["isTerminal"] = false,
                ["operationType"] = "CreateInstance",
                ["status"] = "Started",
                ["statusChangedAt"] = Epoch(UtcNow),
            };
            _operations[id] = operation;
            operations.Add(operation.DeepClone());
            CreatedCount++;
        }

        return StubReply.Json(new JsonObject { ["operations"] = operations }.ToJsonString());
    }

    private StubReply OperationsFor(string name)
    {
        var operations = new JsonArray();
        foreach (var operation in _operations.Values.Where(o => (string)o["resourceName"]! == name).Reverse())
        {
            operations.Add(operation.DeepClone());
        }

        return StubReply.Json(new JsonObject { ["operations"] = operations }.ToJsonString());
    }

    /// <summary>The members an instance shows as the create asked: tags, key pair, IP address type and add-ons, with the service's defaults.</summary>
    private static void AddRequestedMembers(JsonObject instance, JsonObject request)
    {
        instance["tags"] = request["tags"]?.DeepClone() ?? new JsonArray();
        instance["sshKeyName"] = (string?)request["keyPairName"] ?? "LightsailDefaultKeyPair";
        instance["ipAddressType"] = (string?)request["ipAddressType"] ?? "dualstack";
        var addOns = new JsonArray();
        foreach (var addOn in request["addOns"]?.AsArray() ?? new JsonArray())
        {
            addOns.Add(new JsonObject
            {
                ["name"] = (string?)addOn!["addOnType"],
                ["status"] = "Enabled",
                ["snapshotTimeOfDay"] = (string?)addOn["autoSnapshotAddOnRequest"]?["snapshotTimeOfDay"] ?? "06:00",
            });
        }

        instance["addOns"] = addOns;
    }

    private static JsonObject InstanceJson(string name, string blueprintId, string bundleId, string zone, DateTime createdAt, string state) => new()
    {
        ["name"] = name,
        ["arn"] = "arn:aws:lightsail:" + zone[..^1] + ":123456789012:Instance/" + name,
        ["createdAt"] = Epoch(createdAt),
        ["location"] = new JsonObject { ["availabilityZone"] = zone, ["regionName"] = zone[..^1] },
        ["resourceType"] = "Instance",
        ["blueprintId"] = blueprintId,
        ["bundleId"] = bundleId,
        ["state"] = new JsonObject { ["code"] = state == "running" ? 16 : 0, ["name"] = state },
    };

    private static double Epoch(DateTime utc) => Math.Round((utc - DateTime.UnixEpoch).TotalSeconds, 3);
}
