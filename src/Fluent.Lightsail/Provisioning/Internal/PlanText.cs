using System.Collections.Generic;
using System.Linq;

namespace Fluent.Lightsail.Provisioning.Internal;

/// <summary>The text of a plan: the same input always gives the same lines, in request order.</summary>
internal static class PlanText
{
    public const string UserDataNote = "note: user data is not compared: Lightsail does not return an instance's user data.";

    public static IEnumerable<string> Lines(FleetPlan plan)
    {
        yield return Summary(plan);
        foreach (var line in plan.Instances.SelectMany(Lines))
        {
            yield return line;
        }

        if (plan.UserDataNotCompared)
        {
            yield return UserDataNote;
        }
    }

    public static IEnumerable<string> Lines(InstancePlan plan)
    {
        switch (plan.Action)
        {
            case InstancePlanAction.Create:
                yield return "+ " + plan.Name + " (create)";
                break;
            case InstancePlanAction.UpToDate:
                yield return "= " + plan.Name + " (up to date)";
                break;
            default:
                yield return "~ " + plan.Name + " (drifted)";
                foreach (var difference in plan.Differences)
                {
                    yield return "    " + difference;
                }

                break;
        }
    }

    private static string Summary(FleetPlan plan) =>
        $"Plan: {plan.ToCreate.Count} to create, {plan.Drifted.Count} drifted, {plan.UpToDate.Count} up to date.";
}
