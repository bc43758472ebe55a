using System;
using System.Collections.Generic;
using System.ComponentModel;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Building;

/// <summary>
/// The values a generated builder collects before it builds a <see cref="CreateInstancesRequest"/>. Generated code
/// fills it with the template's values and then with the call's; user code does not need it.
/// </summary>
/// <remarks>
/// Tags merge in levels: assembly defaults, then the template (the generator has merged those two already, template
/// winning), then the call. A call-site tag with an inherited key replaces the inherited tag; two call-site tags with
/// one key stay in the request so that validation reports the duplicate instead of silently dropping one.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class InstanceRequestDraft
{
    // One list in request order, inherited tags first: validation reads it as it is, so Build() copies no tag list
    // (see docs/performance.md). Keys are typed nullable because that is what the rules take.
    private readonly List<KeyValuePair<string?, string?>> _tags = new();
    private readonly string?[] _instanceNames;
    private int _inheritedTagCount;

    /// <summary>Starts a draft for the named instances of a template.</summary>
    /// <param name="templateName">The template's type name, used in error messages.</param>
    /// <param name="instanceNames">The names of the instances to create.</param>
    public InstanceRequestDraft(string templateName, IEnumerable<string?>? instanceNames)
    {
        TemplateName = templateName ?? throw new ArgumentNullException(nameof(templateName));

        // A snapshot, so that a caller changing its array or list later does not change the request.
        _instanceNames = instanceNames switch
        {
            null => Array.Empty<string?>(),
            ICollection<string?> collection => CopyOf(collection),
            _ => System.Linq.Enumerable.ToArray(instanceNames),
        };
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

    /// <summary>The AutoSnapshot time of day, or <see langword="null"/> when the add-on is off.</summary>
    public string? AutoSnapshotTimeOfDay { get; set; }

    /// <summary>Whether the AutoSnapshot add-on is requested.</summary>
    public bool AutoSnapshot { get; set; }

    /// <summary>Whether the StopInstanceOnIdle add-on is requested.</summary>
    public bool StopInstanceOnIdle { get; set; }

    /// <summary>The StopInstanceOnIdle CPU threshold.</summary>
    public string? StopInstanceOnIdleThreshold { get; set; }

    /// <summary>The StopInstanceOnIdle duration in minutes.</summary>
    public string? StopInstanceOnIdleDuration { get; set; }

    /// <summary>The tags the request will carry, in order: remaining inherited tags, then the call's.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Tags
    {
        get
        {
            var tags = new List<KeyValuePair<string, string?>>(_tags.Count);
            foreach (var tag in _tags)
            {
                tags.Add(new KeyValuePair<string, string?>(tag.Key!, tag.Value));
            }

            return tags;
        }
    }

    /// <summary>The tags in request order, as the rules read them; no copy.</summary>
    internal List<KeyValuePair<string?, string?>> TagValues => _tags;

    /// <summary>Adds a tag inherited from the template or the assembly defaults.</summary>
    public void InheritTag(string key, string? value)
    {
        // Inherited tags stay in front of call-site tags whatever the order of the calls.
        _tags.Insert(_inheritedTagCount, new KeyValuePair<string?, string?>(key, value));
        _inheritedTagCount++;
    }

    /// <summary>Adds a call-site tag; it replaces an inherited tag with the same key.</summary>
    public void AddTag(string key, string? value)
    {
        for (var i = _inheritedTagCount - 1; i >= 0; i--)
        {
            if (string.Equals(_tags[i].Key, key, StringComparison.Ordinal))
            {
                _tags.RemoveAt(i);
                _inheritedTagCount--;
            }
        }

        _tags.Add(new KeyValuePair<string?, string?>(key, value));
    }

    /// <summary>Sets the AutoSnapshot add-on with a time of day, or turns it off with <see langword="null"/>.</summary>
    public void SetAutoSnapshot(string? timeOfDay)
    {
        AutoSnapshot = timeOfDay != null;
        AutoSnapshotTimeOfDay = timeOfDay;
    }

    /// <summary>Sets the StopInstanceOnIdle add-on.</summary>
    public void SetStopInstanceOnIdle(string threshold, string duration)
    {
        StopInstanceOnIdle = true;
        StopInstanceOnIdleThreshold = threshold;
        StopInstanceOnIdleDuration = duration;
    }

    /// <summary>Turns the StopInstanceOnIdle add-on off.</summary>
    public void ClearStopInstanceOnIdle()
    {
        StopInstanceOnIdle = false;
        StopInstanceOnIdleThreshold = null;
        StopInstanceOnIdleDuration = null;
    }

    /// <summary>Builds a new request from the current values. The draft stays usable.</summary>
    /// <exception cref="LightsailValidationException">A value breaks a Lightsail rule of error severity.</exception>
    public CreateInstancesRequest Build()
    {
        Fluent.Lightsail.Validation.DraftValidation.ThrowIfInvalid(this);
        var names = new List<string>(_instanceNames.Length);
        foreach (var name in _instanceNames)
        {
            names.Add(name!);
        }

        var request = new CreateInstancesRequest
        {
            InstanceNames = names,
            AvailabilityZone = AvailabilityZone,
            BlueprintId = BlueprintId,
            BundleId = BundleId,
            KeyPairName = KeyPairName,
            UserData = UserData,
            IpAddressType = IpAddressType is null ? null : Fluent.Lightsail.IpAddressType.FindValue(IpAddressType),
        };

        if (_tags.Count > 0)
        {
            var tags = new List<Tag>(_tags.Count);
            foreach (var tag in _tags)
            {
                tags.Add(new Tag { Key = tag.Key, Value = tag.Value });
            }

            request.Tags = tags;
        }

        if (AutoSnapshot || StopInstanceOnIdle)
        {
            request.AddOns = new List<AddOnRequest>(AutoSnapshot && StopInstanceOnIdle ? 2 : 1);
            if (AutoSnapshot)
            {
                request.AddOns.Add(new AddOnRequest
                {
                    AddOnType = AddOnType.AutoSnapshot,
                    AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = AutoSnapshotTimeOfDay },
                });
            }

            if (StopInstanceOnIdle)
            {
                request.AddOns.Add(new AddOnRequest
                {
                    AddOnType = AddOnType.StopInstanceOnIdle,
                    StopInstanceOnIdleRequest = new StopInstanceOnIdleRequest
                    {
                        Threshold = StopInstanceOnIdleThreshold,
                        Duration = StopInstanceOnIdleDuration,
                    },
                });
            }
        }

        return request;
    }

    private static string?[] CopyOf(ICollection<string?> collection)
    {
        var copy = new string?[collection.Count];
        collection.CopyTo(copy, 0);
        return copy;
    }
}
