namespace Fluent.Lightsail.Benchmarks.Goals;

/// <summary>One line of the goals table: the goal, what was measured, and whether it passed (null: not measured in this run).</summary>
internal sealed record GoalResult(string Goal, string Target, string Measured, bool? Pass)
{
    public string Verdict => Pass switch
    {
        true => "PASS",
        false => "MISS",
        null => "n/a",
    };
}
