using System;
using System.Collections.Generic;
using System.ComponentModel;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Validation;

namespace Fluent.Lightsail.Building;

/// <summary>
/// Everything a builder stage holds: the template, the instance names and the values the call chain set. An
/// immutable value: every <c>With…</c> returns a new state, so a stage can be kept, reused and branched, and a chain
/// allocates nothing until <see cref="Build"/> creates the request (docs/design/builder-contract.md).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct InstanceBuilderState
{
    private InstanceTemplateValues? _template;

    // One name (the common call) is the string itself, needing no array; several come as a snapshot string?[]. One
    // field for both keeps the state small, and the state is copied at every step of a chain.
    private object? _names;
    private string? _availabilityZone;
    private string? _blueprintId;
    private string? _bundleId;
    private string? _keyPairName;
    private string? _userData;
    private string? _ipAddressType;
    private AutoSnapshotAddOn? _autoSnapshot;
    private StopInstanceOnIdleAddOn? _stopInstanceOnIdle;
    private CallSiteTags _tags;

    /// <summary>Starts a chain for one instance.</summary>
    public static InstanceBuilderState Start(InstanceTemplateValues template, string? instanceName)
    {
        var state = FromTemplate(template);
        state._names = instanceName;
        return state;
    }

    /// <summary>Starts a chain for the named instances; the names are copied, so changing the array later changes nothing.</summary>
    public static InstanceBuilderState Start(InstanceTemplateValues template, string?[]? instanceNames)
    {
        var state = FromTemplate(template);
        if (instanceNames is { Length: 1 })
        {
            state._names = instanceNames[0];
        }
        else
        {
            state._names = instanceNames is null ? Array.Empty<string?>() : (string?[])instanceNames.Clone();
        }

        return state;
    }

    /// <summary>Starts a chain for the named instances, read once, in order.</summary>
    public static InstanceBuilderState Start(InstanceTemplateValues template, IEnumerable<string?>? instanceNames)
    {
        string?[] names;
        if (instanceNames is null)
        {
            names = Array.Empty<string?>();
        }
        else if (instanceNames is ICollection<string?> collection)
        {
            names = new string?[collection.Count];
            collection.CopyTo(names, 0);
        }
        else
        {
            names = System.Linq.Enumerable.ToArray(instanceNames);
        }

        return Start(template, names);
    }

    /// <summary>The template this chain started from; <see langword="null"/> for a stage that was never started.</summary>
    internal readonly InstanceTemplateValues? Template => _template;

    /// <summary>The instance names, in order.</summary>
    internal readonly string?[] NameArray => _names as string?[] ?? new[] { (string?)_names };

    internal readonly string? AvailabilityZone => _availabilityZone;

    internal readonly string? BlueprintId => _blueprintId;

    internal readonly string? BundleId => _bundleId;

    internal readonly string? KeyPairName => _keyPairName;

    internal readonly string? UserData => _userData;

    internal readonly string? IpAddressType => _ipAddressType;

    internal readonly AutoSnapshotAddOn? AutoSnapshot => _autoSnapshot;

    internal readonly StopInstanceOnIdleAddOn? StopInstanceOnIdle => _stopInstanceOnIdle;

    /// <summary>Sets the availability zone.</summary>
    public readonly InstanceBuilderState WithAvailabilityZone(string? availabilityZone)
    {
        var next = this;
        next._availabilityZone = availabilityZone;
        return next;
    }

    /// <summary>Sets the blueprint.</summary>
    public readonly InstanceBuilderState WithBlueprint(string? blueprintId)
    {
        var next = this;
        next._blueprintId = blueprintId;
        return next;
    }

    /// <summary>Sets the bundle.</summary>
    public readonly InstanceBuilderState WithBundle(string? bundleId)
    {
        var next = this;
        next._bundleId = bundleId;
        return next;
    }

    /// <summary>Sets the key pair.</summary>
    public readonly InstanceBuilderState WithKeyPair(string? keyPairName)
    {
        var next = this;
        next._keyPairName = keyPairName;
        return next;
    }

    /// <summary>Sets the launch script.</summary>
    public readonly InstanceBuilderState WithUserData(string? userData)
    {
        var next = this;
        next._userData = userData;
        return next;
    }

    /// <summary>Sets the IP address type; <see langword="null"/> returns to the service default.</summary>
    public readonly InstanceBuilderState WithIpAddressType(Fluent.Lightsail.Model.IpAddressType? ipAddressType)
    {
        var next = this;
        next._ipAddressType = ipAddressType?.Value;
        return next;
    }

    /// <summary>Adds a tag; it replaces an inherited tag with the same key. Two call-site tags with one key both stay, for validation to report.</summary>
    public readonly InstanceBuilderState WithTag(string? key, string? value)
    {
        var next = this;
        next._tags = _tags.Add(key, value);
        return next;
    }

    /// <summary>Turns the AutoSnapshot add-on on at a time of day.</summary>
    public readonly InstanceBuilderState WithAutoSnapshot(string? timeOfDay)
    {
        var next = this;
        next._autoSnapshot = new AutoSnapshotAddOn(timeOfDay);
        return next;
    }

    /// <summary>Turns the AutoSnapshot add-on off.</summary>
    public readonly InstanceBuilderState WithoutAutoSnapshot()
    {
        var next = this;
        next._autoSnapshot = null;
        return next;
    }

    /// <summary>Turns the StopInstanceOnIdle add-on on.</summary>
    public readonly InstanceBuilderState WithStopInstanceOnIdle(string? threshold, string? duration)
    {
        var next = this;
        next._stopInstanceOnIdle = new StopInstanceOnIdleAddOn(threshold, duration);
        return next;
    }

    /// <summary>Turns the StopInstanceOnIdle add-on off.</summary>
    public readonly InstanceBuilderState WithoutStopInstanceOnIdle()
    {
        var next = this;
        next._stopInstanceOnIdle = null;
        return next;
    }

    /// <summary>Creates a new request from the values and validates it; the state stays usable.</summary>
    /// <exception cref="LightsailValidationException">A value breaks a Lightsail rule of error severity; it lists every violation.</exception>
    /// <exception cref="InvalidOperationException">The stage was not started with the template's <c>Named(...)</c> (a <see langword="default"/> stage).</exception>
    public readonly CreateInstancesRequest Build()
    {
        if (_template is null)
        {
            throw new InvalidOperationException(
                "This builder stage is empty (a default value): start every chain with the template's Named(...) method.");
        }

        // The request holds the final values, so validating it is the one pass over exactly what will be sent.
        var request = new CreateInstancesRequest
        {
            InstanceNames = NameList(),
            AvailabilityZone = _availabilityZone,
            BlueprintId = _blueprintId,
            BundleId = _bundleId,
            KeyPairName = _keyPairName,
            UserData = _userData,
            IpAddressType = _ipAddressType is null ? null : Fluent.Lightsail.Model.IpAddressType.FindValue(_ipAddressType),
            Tags = TagList(),
            AddOns = AddOnList(),
        };

        BuilderValidation.ThrowIfInvalid(request, in this);
        return request;
    }

    /// <summary>The tags in request order: inherited tags that no call-site tag replaced, then the call's tags.</summary>
    internal readonly void CopyMergedTags(List<KeyValuePair<string?, string?>> target)
    {
        foreach (var inherited in _template!.TagArray)
        {
            if (!_tags.ReplacesInherited(inherited.Key))
            {
                target.Add(new KeyValuePair<string?, string?>(inherited.Key, inherited.Value));
            }
        }

        for (var i = 0; i < _tags.Count; i++)
        {
            target.Add(_tags[i]);
        }
    }

    private static InstanceBuilderState FromTemplate(InstanceTemplateValues template)
    {
        if (template is null)
        {
            throw new ArgumentNullException(nameof(template));
        }

        return new InstanceBuilderState
        {
            _template = template,
            _availabilityZone = template.AvailabilityZone,
            _blueprintId = template.BlueprintId,
            _bundleId = template.BundleId,
            _keyPairName = template.KeyPairName,
            _userData = template.UserData,
            _ipAddressType = template.IpAddressType,
            _autoSnapshot = template.AutoSnapshot,
            _stopInstanceOnIdle = template.StopInstanceOnIdle,
        };
    }

    private readonly List<string> NameList()
    {
        if (_names is not string?[] several)
        {
            var single = Lists.WithCount<string>(1, out var one);
            Lists.Set(single, one, 0, (string)_names!);
            return single;
        }

        var names = Lists.WithCount<string>(several.Length, out var span);
        for (var i = 0; i < several.Length; i++)
        {
            Lists.Set(names, span, i, several[i]!);
        }

        return names;
    }

    /// <summary>How many tags the request will carry: the inherited ones no call tag replaced, plus the call's.</summary>
    private readonly int MergedTagCount
    {
        get
        {
            var count = _tags.Count;
            foreach (var tag in _template!.TagArray)
            {
                if (!_tags.ReplacesInherited(tag.Key))
                {
                    count++;
                }
            }

            return count;
        }
    }

    private readonly List<Tag>? TagList()
    {
        var count = MergedTagCount;
        if (count == 0)
        {
            return null;
        }

        var tags = Lists.WithCount<Tag>(count, out var span);
        var index = 0;
        foreach (var tag in _template!.TagArray)
        {
            if (!_tags.ReplacesInherited(tag.Key))
            {
                Lists.Set(tags, span, index++, new Tag { Key = tag.Key, Value = tag.Value });
            }
        }

        for (var i = 0; i < _tags.Count; i++)
        {
            var tag = _tags[i];
            Lists.Set(tags, span, index++, new Tag { Key = tag.Key, Value = tag.Value });
        }

        return tags;
    }

    private readonly List<AddOnRequest>? AddOnList()
    {
        if (_autoSnapshot is null && _stopInstanceOnIdle is null)
        {
            return null;
        }

        var addOns = new List<AddOnRequest>(_autoSnapshot is not null && _stopInstanceOnIdle is not null ? 2 : 1);
        if (_autoSnapshot is { } autoSnapshot)
        {
            addOns.Add(new AddOnRequest
            {
                AddOnType = AddOnType.AutoSnapshot,
                AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = autoSnapshot.SnapshotTimeOfDay },
            });
        }

        if (_stopInstanceOnIdle is { } stopOnIdle)
        {
            addOns.Add(new AddOnRequest
            {
                AddOnType = AddOnType.StopInstanceOnIdle,
                StopInstanceOnIdleRequest = new StopInstanceOnIdleRequest { Threshold = stopOnIdle.Threshold, Duration = stopOnIdle.Duration },
            });
        }

        return addOns;
    }
}
