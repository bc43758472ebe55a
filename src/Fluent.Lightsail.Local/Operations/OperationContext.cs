using Fluent.Lightsail.Local.Catalog;
using Fluent.Lightsail.Local.State;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>
/// What a handler needs besides its input: the state, the region served, the time, injected failures, and who asked
/// (recorded on the instances a create makes).
/// </summary>
internal sealed record OperationContext(
    LightsailState State,
    RegionInfo Region,
    DateTimeOffset Now,
    TimeSpan OperationDelay,
    OperationFailure? InjectedFailure,
    Requester Requester);
