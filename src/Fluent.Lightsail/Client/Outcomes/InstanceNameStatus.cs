namespace Fluent.Lightsail;

/// <summary>What a failed create call knows about one of its instance names, after checking it with <c>GetInstance</c>.</summary>
public enum InstanceNameStatus
{
    /// <summary>
    /// An instance with this name exists, with every member the call asked for, created after the call started: this
    /// call created it. Its operation is in <see cref="InstanceNameOutcome.Operation"/>.
    /// </summary>
    CreatedByThisCall,

    /// <summary>An instance with this name exists but is not this call's (another member, or created before the call started).</summary>
    ExistsNotOurs,

    /// <summary>
    /// No instance had this name when it was last checked (<see cref="InstanceNameOutcome.CheckedAtUtc"/>). A create held
    /// in the network past that moment may still land afterwards; see docs/reliability.md.
    /// </summary>
    NotFound,

    /// <summary>The name could not be checked: every look-up failed. The instance may or may not exist.</summary>
    Unknown,
}
