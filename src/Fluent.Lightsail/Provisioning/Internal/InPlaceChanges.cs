using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Provisioning.Internal;

/// <summary>
/// The calls that remove in-place differences from one instance: one <c>TagResource</c> for the tags to add or change,
/// one <c>UntagResource</c> for the tags to remove, one <c>EnableAddOn</c> or <c>DisableAddOn</c> per add-on, one
/// <c>SetIpAddressType</c>. Each sets a state, so running them again after an interruption is harmless.
/// </summary>
internal static class InPlaceChanges
{
    public static async Task<List<InstanceChange>> ApplyAsync(
        ILightsailClient client, string name, CreateInstancesRequest desired, List<InstanceDifference> differences, EnsureOptions options, CancellationToken cancellationToken)
    {
        var changes = new List<InstanceChange>();
        if (differences.Count == 0)
        {
            return changes;
        }

        var tagsToSet = differences.Where(d => d.Kind is InstanceDifferenceKind.TagAdded or InstanceDifferenceKind.TagChanged).ToList();
        if (tagsToSet.Count > 0)
        {
            var response = await client.TagResourceAsync(
                new TagResourceRequest { ResourceName = name, Tags = tagsToSet.Select(d => new Tag { Key = d.Key, Value = d.Desired }).ToList() },
                cancellationToken).ConfigureAwait(false);
            changes.Add(new InstanceChange(name, tagsToSet, Operations(response.Operations)));
        }

        var tagsToRemove = differences.Where(d => d.Kind == InstanceDifferenceKind.TagRemoved).ToList();
        if (tagsToRemove.Count > 0)
        {
            var response = await client.UntagResourceAsync(
                new UntagResourceRequest { ResourceName = name, TagKeys = tagsToRemove.Select(d => d.Key!).ToList() },
                cancellationToken).ConfigureAwait(false);
            changes.Add(new InstanceChange(name, tagsToRemove, Operations(response.Operations)));
        }

        foreach (var addOn in differences.Where(d => d.Kind is InstanceDifferenceKind.AddOnEnabled or InstanceDifferenceKind.AddOnChanged))
        {
            var request = desired.AddOns!.First(a => string.Equals(a?.AddOnType?.Value, addOn.Key, StringComparison.Ordinal));
            var response = await client.EnableAddOnAsync(new EnableAddOnRequest { ResourceName = name, AddOnRequest = request }, cancellationToken).ConfigureAwait(false);
            changes.Add(new InstanceChange(name, new[] { addOn }, Operations(response.Operations)));
        }

        foreach (var addOn in differences.Where(d => d.Kind == InstanceDifferenceKind.AddOnDisabled))
        {
            var response = await client.DisableAddOnAsync(new DisableAddOnRequest { ResourceName = name, AddOnType = new AddOnType(addOn.Key!) }, cancellationToken).ConfigureAwait(false);
            changes.Add(new InstanceChange(name, new[] { addOn }, Operations(response.Operations)));
        }

        foreach (var ipAddressType in differences.Where(d => d.Kind == InstanceDifferenceKind.IpAddressType))
        {
            var response = await client.SetIpAddressTypeAsync(
                new SetIpAddressTypeRequest
                {
                    ResourceType = ResourceType.Instance,
                    ResourceName = name,
                    IpAddressType = IpAddressType.FindValue(ipAddressType.Desired!),
                    AcceptBundleUpdate = options.AcceptBundleUpdate,
                },
                cancellationToken).ConfigureAwait(false);
            changes.Add(new InstanceChange(name, new[] { ipAddressType }, Operations(response.Operations)));
        }

        return changes;
    }

    private static IReadOnlyList<Operation> Operations(List<Operation>? operations) => operations ?? new List<Operation>();
}
