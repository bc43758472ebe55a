using System;
using System.Collections.Generic;
using System.ComponentModel;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Building;

/// <summary>
/// A mutable form of a builder's values, for code that assembles a request step by step (and for tests that drive the
/// rules member by member). <see cref="Build"/> goes through the same <see cref="InstanceTemplateValues"/> and
/// <see cref="InstanceBuilderState"/> as a generated builder: the same tag merging, validation and request.
/// </summary>
/// <remarks>
/// Tags merge in levels: inherited tags (the template's and the assembly's, as <see cref="InheritTag"/> adds them), then the
/// call's (<see cref="AddTag"/>). A call tag with an inherited key replaces the inherited tag; two call tags with one
/// key both stay in the request so that validation reports the duplicate instead of silently dropping one.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class InstanceRequestDraft
{
    private readonly List<TemplateTag> _inheritedTags = new();
    private readonly List<KeyValuePair<string?, string?>> _callTags = new();
    private readonly string?[] _instanceNames;

    /// <summary>Starts a draft for the named instances of a template.</summary>
    /// <param name="templateName">The template's type name, used in error messages.</param>
    /// <param name="instanceNames">The names of the instances to create.</param>
    public InstanceRequestDraft(string templateName, IEnumerable<string?>? instanceNames)
    {
        TemplateName = templateName ?? throw new ArgumentNullException(nameof(templateName));

        // A snapshot, so that a caller changing its array or list later does not change the request.
        _instanceNames = instanceNames is null ? Array.Empty<string?>() : System.Linq.Enumerable.ToArray(instanceNames);
    }

    /// <summary>The template's type name.</summary>
    public string TemplateName { get; }

    /// <summary>The instance names, as given.</summary>
    public IReadOnlyList<string?> InstanceNames => _instanceNames;

    /// <summary>The availability zone.</summary>
    public string? AvailabilityZone { get; set; }

    /// <summary>The blueprint ID.</summary>
    public string? BlueprintId { get; set; }

    /// <summary>The bundle ID.</summary>
    public string? BundleId { get; set; }

    /// <summary>The key pair name.</summary>
    public string? KeyPairName { get; set; }

    /// <summary>The launch script.</summary>
    public string? UserData { get; set; }

    /// <summary>The IP address type, or <see langword="null"/> for the service default.</summary>
    public string? IpAddressType { get; set; }

    /// <summary>The AutoSnapshot add-on, or <see langword="null"/> when it is off.</summary>
    public AutoSnapshotAddOn? AutoSnapshot { get; set; }

    /// <summary>The StopInstanceOnIdle add-on, or <see langword="null"/> when it is off.</summary>
    public StopInstanceOnIdleAddOn? StopInstanceOnIdle { get; set; }

    /// <summary>The tags the request will carry, in order: remaining inherited tags, then the call's.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Tags
    {
        get
        {
            var merged = new List<KeyValuePair<string?, string?>>();
            ToState().CopyMergedTags(merged);
            var tags = new List<KeyValuePair<string, string?>>(merged.Count);
            foreach (var tag in merged)
            {
                tags.Add(new KeyValuePair<string, string?>(tag.Key!, tag.Value));
            }

            return tags;
        }
    }

    /// <summary>Adds a tag inherited from the template or the assembly defaults.</summary>
    public void InheritTag(string key, string? value) => _inheritedTags.Add(new TemplateTag(key, value));

    /// <summary>Adds a call-site tag; it replaces an inherited tag with the same key.</summary>
    public void AddTag(string key, string? value) => _callTags.Add(new KeyValuePair<string?, string?>(key, value));

    /// <summary>Builds a new request from the current values. The draft stays usable.</summary>
    /// <exception cref="LightsailValidationException">A value breaks a Lightsail rule of error severity.</exception>
    public CreateInstancesRequest Build() => ToState().Build();

    /// <summary>The draft as a builder state over a template of its inherited values.</summary>
    internal InstanceBuilderState ToState()
    {
        var template = new InstanceTemplateValues(
            TemplateName,
            AvailabilityZone,
            BlueprintId,
            BundleId,
            KeyPairName,
            IpAddressType,
            UserData,
            AutoSnapshot,
            StopInstanceOnIdle,
            _inheritedTags.ToArray());
        var state = InstanceBuilderState.Start(template, _instanceNames);
        foreach (var tag in _callTags)
        {
            state = state.WithTag(tag.Key, tag.Value);
        }

        return state;
    }
}
