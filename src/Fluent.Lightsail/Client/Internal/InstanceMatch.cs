using System.Linq;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// Whether an existing instance is the one a create call asked for: no <see cref="InstanceComparison"/> difference
/// but things the instance has beyond the request. Tags and add-ons the call asked for must be there with equal
/// values; others may have been added since.
/// </summary>
internal static class InstanceMatch
{
    public static bool IsAsRequested(Instance instance, RequestedInstances requested) =>
        InstanceComparison.Differences(instance, requested).All(difference => difference.IsOnlyOnInstance);
}
