namespace Fluent.Lightsail.Reliability.Tests.Faults;

/// <summary>A hand-written schedule: (operation, attempt, fault) for any name.</summary>
internal sealed class FixedFaults(params (string Operation, int Attempt, string Fault)[] faults) : IFaultSchedule
{
    public string? FaultFor(string operation, string name, int attempt) =>
        faults.Where(f => f.Operation == operation && f.Attempt == attempt).Select(f => f.Fault).FirstOrDefault();
}
