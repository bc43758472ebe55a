using System.ComponentModel;
using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Building;

/// <summary>The AutoSnapshot add-on of a template or a call chain: its presence turns the add-on on.</summary>
/// <param name="SnapshotTimeOfDay">The daily snapshot time (<c>HH:00</c> UTC), named as the request's <c>snapshotTimeOfDay</c>.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly record struct AutoSnapshotAddOn(string? SnapshotTimeOfDay);

/// <summary>The StopInstanceOnIdle add-on of a template or a call chain: its presence turns the add-on on.</summary>
/// <param name="Threshold">The CPU threshold in percent, as the request's <c>threshold</c>.</param>
/// <param name="Duration">The idle duration in minutes, as the request's <c>duration</c>.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly record struct StopInstanceOnIdleAddOn(string? Threshold, string? Duration);

/// <summary>A tag a template inherits (its own or the assembly's); a <see langword="null"/> value is a key-only tag.</summary>
/// <param name="Key">The tag's key.</param>
/// <param name="Value">The tag's value, or <see langword="null"/>.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly record struct TemplateTag(string? Key, string? Value);

/// <summary>A tag as the runtime merge sees it: the level that wrote it decides what it replaces (<see cref="TagMerge"/>).</summary>
internal readonly struct LevelTag : IMergedTag
{
    public LevelTag(string? key, ValueOrigin origin)
    {
        Key = key;
        Origin = origin;
    }

    public string? Key { get; }

    public ValueOrigin Origin { get; }

    // Every key is known at run time.
    public bool IsKeyKnown => true;
}
