namespace Fluent.Lightsail.Reliability.Tests.Faults;

/// <summary>Which <c>x-fluent-fault</c>, if any, attempt n of an operation on a resource name carries.</summary>
internal interface IFaultSchedule
{
    string? FaultFor(string operation, string name, int attempt);
}
