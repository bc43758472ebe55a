using System;
using System.Collections.Generic;
using System.Linq;

namespace Fluent.Lightsail.RuleCases;

/// <summary>
/// One row of the boundary table: a complete set of request values (a valid baseline unless the row changes it) and the
/// rule ids the rules reference says it breaks. Linked into the runtime tests and the analyzer tests, which must both
/// reach exactly this verdict. Plain strings only, so that it compiles next to either copy of Rules/.
/// </summary>
public sealed class BoundaryCase
{
    public BoundaryCase(string name, params string[] expectedIds)
    {
        Name = name;
        ExpectedIds = expectedIds.Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
    }

    public string Name { get; }

    /// <summary>Distinct ids, ordinal order.</summary>
    public string[] ExpectedIds { get; }

    public string[] InstanceNames { get; init; } = { "web-1" };

    public string AvailabilityZone { get; init; } = "us-east-2a";

    public string Blueprint { get; init; } = "ubuntu_24_04";

    public string Bundle { get; init; } = "small_3_0";

    public string? KeyPair { get; init; }

    public string? IpAddressType { get; init; }

    public string? UserData { get; init; }

    /// <summary>Template-level tags, in order, duplicates kept.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Tags { get; init; } = Array.Empty<KeyValuePair<string, string?>>();

    /// <summary>The AutoSnapshot time; null leaves the add-on off.</summary>
    public string? AutoSnapshot { get; init; }

    /// <summary>StopInstanceOnIdle threshold and duration; null leaves the add-on off.</summary>
    public string[]? StopInstanceOnIdle { get; init; }

    public override string ToString() => Name;
}
