namespace Fluent.Lightsail.Benchmarks.Goals;

/// <summary>One line of the goals table: the goal, what was measured, and whether it passed (null: not measured in this run).</summary>
internal sealed record GoalResult(string Goal, string Target, string Measured, bool? Pass)
{
    /// <summary>A line that gives context for a goal and has no target of its own.</summary>
    public bool IsContext { get; init; }

    public string Verdict => IsContext ? "context" : Pass switch
    {
        true => "PASS",
        false => "MISS",
        null => "n/a",
    };
}
