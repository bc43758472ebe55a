using Fluent.Lightsail.Local.Catalog;
using Fluent.Lightsail.Local.State;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>
/// What a handler needs besides its input: the state, the region served, the time, injected failures, who asked
/// (recorded on the instances a create makes), and the endpoint's timing and paging settings.
/// </summary>
internal sealed record OperationContext(
    LightsailState State,
    RegionInfo Region,
    DateTimeOffset Now,
    TimeSpan OperationDelay,
    OperationFailure? InjectedFailure,
    Requester Requester)
{
    /// <summary>How long after <c>running</c> an instance gets its public addresses.</summary>
    public TimeSpan PublicIpDelay { get; init; }

    /// <summary>The most items a page of a paged operation holds.</summary>
    public int PageSize { get; init; } = LocalLightsailOptions.DefaultPageSize;
}
