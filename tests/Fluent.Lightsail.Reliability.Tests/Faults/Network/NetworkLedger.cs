using Fluent.Lightsail.Local;
using Fluent.Lightsail.Reliability.Worker;

namespace Fluent.Lightsail.Reliability.Tests.Faults.Network;

/// <summary>
/// Reconciles what every call was told with the endpoint's ground truth: which instances exist, which call's tag each
/// carries, which access key created it, and when its name was reserved. Problems are what must never happen; the
/// false failures inside the documented window (a create that landed after the client's last look-up said "not found",
/// or a name no look-up could check) are counted, not forbidden.
/// </summary>
internal sealed class NetworkLedger
{
    public List<string> Problems { get; } = [];

    public int Calls { get; private set; }

    public int Succeeded { get; private set; }

    public int Recovered { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Failed calls that said per name what they knew (the client had looked the names up).</summary>
    public int FailedWithOutcomes { get; private set; }

    /// <summary>Names a failed call reported as created by itself (an incomplete call), all checked against the endpoint.</summary>
    public int ReportedCreatedInFailure { get; private set; }

    /// <summary>Names a call refused to claim because another call's instance held them, all checked against the endpoint.</summary>
    public int RefusedOthers { get; private set; }

    /// <summary>Names of a failed call that exist as its own, created after its last look-up said "not found".</summary>
    public int WindowFalseFailures { get; private set; }

    /// <summary>Names of a failed call that exist as its own, reported as unknown (no look-up could check them).</summary>
    public int UnknownFalseFailures { get; private set; }

    public SortedDictionary<string, int> FailureCodes { get; } = new(StringComparer.Ordinal);

    public static NetworkLedger Reconcile(IReadOnlyList<LocalInstance> instances, IReadOnlyList<CallRecord> calls, IReadOnlyDictionary<string, string> accessKeyOfProcess)
    {
        var ledger = new NetworkLedger();
        var byName = instances.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var callsById = calls.ToDictionary(c => c.CallId, StringComparer.Ordinal);
        foreach (var instance in instances)
        {
            var owner = OwnerOf(instance);
            if (owner == null || !callsById.TryGetValue(owner, out var call))
            {
                ledger.Problems.Add($"{instance.Name}: exists, but no call asked for it (tag {owner ?? "none"})");
            }
            else if (accessKeyOfProcess[call.Process] != instance.CreatedByAccessKeyId)
            {
                ledger.Problems.Add($"{instance.Name}: tagged by {owner} of {call.Process}, but created with access key {instance.CreatedByAccessKeyId}");
            }
        }

        var claims = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var call in calls)
        {
            ledger.Calls++;
            if (call.Succeeded)
            {
                ledger.CheckSuccess(call, byName, claims);
            }
            else
            {
                ledger.CheckFailure(call, byName, claims);
            }
        }

        foreach (var (name, claimants) in claims.Where(c => c.Value.Count > 1))
        {
            ledger.Problems.Add($"{name}: DUPLICATE, reported created by {string.Join(" and ", claimants)}");
        }

        return ledger;
    }

    private static string? OwnerOf(LocalInstance instance) =>
        instance.Tags.Where(t => t.Key == RunSettings.OwnerTagKey).Select(t => t.Value).FirstOrDefault();

    private void CheckSuccess(CallRecord call, Dictionary<string, LocalInstance> byName, Dictionary<string, List<string>> claims)
    {
        Succeeded++;
        Recovered += call.Recovered ? 1 : 0;
        foreach (var name in call.Names)
        {
            Claim(claims, name, call.CallId);
            if (!byName.TryGetValue(name, out var instance))
            {
                Problems.Add($"{call.CallId}: FALSE SUCCESS, reported {name} created but it does not exist");
                continue;
            }

            if (OwnerOf(instance) != call.CallId)
            {
                Problems.Add($"{call.CallId}: CLAIMED {name}, which {OwnerOf(instance)} created (recovered: {call.Recovered})");
            }

            var reported = call.Operations.Where(o => o.Name == name).ToList();
            if (reported.Count != 1)
            {
                Problems.Add($"{call.CallId}: reported {reported.Count} operations for {name}");
            }
            else if (reported[0].Id is { } id && id != instance.CreateOperationId)
            {
                Problems.Add($"{call.CallId}: reported operation {id} for {name}, not the endpoint's create operation");
            }
        }
    }

    private void CheckFailure(CallRecord call, Dictionary<string, LocalInstance> byName, Dictionary<string, List<string>> claims)
    {
        Failed++;
        var code = call.ErrorCode ?? call.ExceptionType ?? "?";
        FailureCodes[code] = FailureCodes.GetValueOrDefault(code) + 1;
        if (!call.Typed)
        {
            Problems.Add($"{call.CallId}: UNTYPED failure {call.ExceptionType}: {call.Message}");
        }

        FailedWithOutcomes += call.Outcomes != null ? 1 : 0;
        var outcomes = (call.Outcomes ?? []).ToDictionary(o => o.Name, StringComparer.Ordinal);
        foreach (var name in call.Names)
        {
            byName.TryGetValue(name, out var instance);
            var ours = instance != null && OwnerOf(instance) == call.CallId;
            outcomes.TryGetValue(name, out var outcome);
            switch (outcome?.Status)
            {
                case InstanceNameStatus.CreatedByThisCall:
                    Claim(claims, name, call.CallId);
                    ReportedCreatedInFailure++;
                    if (!ours)
                    {
                        Problems.Add($"{call.CallId}: CLAIMED {name} in its failure, but {(instance == null ? "it does not exist" : OwnerOf(instance) + " created it")}");
                    }

                    continue;
                case InstanceNameStatus.ExistsNotOurs:
                    RefusedOthers++;
                    if (instance == null || ours)
                    {
                        Problems.Add($"{call.CallId}: said {name} exists and is not its own, but {(instance == null ? "it does not exist" : "it is")}");
                    }

                    continue;
            }

            if (!ours)
            {
                continue;
            }

            // The call failed, yet its own instance exists: a false failure, allowed only inside the documented window.
            if (outcome?.Status == InstanceNameStatus.NotFound && outcome.CheckedAtUtc is { } checkedAt && checkedAt < instance!.ReservedAtUtc.UtcDateTime)
            {
                WindowFalseFailures++;
            }
            else if (outcome?.Status == InstanceNameStatus.Unknown)
            {
                UnknownFalseFailures++;
            }
            else
            {
                Problems.Add($"{call.CallId}: FALSE FAILURE outside the window, {code} but {name} exists (reserved {instance!.ReservedAtUtc:HH:mm:ss.fff}); outcome {outcome?.Status.ToString() ?? "none"} checked {outcome?.CheckedAtUtc:HH:mm:ss.fff}");
            }
        }
    }

    private static void Claim(Dictionary<string, List<string>> claims, string name, string callId)
    {
        if (!claims.TryGetValue(name, out var claimants))
        {
            claims[name] = claimants = [];
        }

        claimants.Add(callId);
    }
}
