using System;
using System.Collections.Generic;
using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Generator.Steps;

/// <summary>
/// The type a template's <c>Named(...)</c> returns. The steps that ask for required members are the runtime's, one type
/// per set of open members (src/Fluent.Lightsail/Steps), so a template adds no types: the generator only names the first.
/// </summary>
internal static class EntryStep
{
    /// <summary>The runtime's namespace of the steps.</summary>
    public const string Namespace = "Fluent.Lightsail.Steps";

    /// <summary>
    /// The step for the required members that are still open, in <see cref="RequestMembers.Required"/> order
    /// (<c>NeedsBundle</c>, <c>NeedsAvailabilityZoneAndBundle</c>, <c>NeedsAvailabilityZoneBlueprintAndBundle</c>), or
    /// <see langword="null"/> when none is: the chain starts at the final stage.
    /// </summary>
    /// <param name="isOpen">Whether neither the template nor the assembly's defaults set a member.</param>
    public static string? TypeName(Func<RequestMember, bool> isOpen)
    {
        var open = new List<string>(RequestMembers.Required.Length);
        foreach (var member in RequestMembers.Required)
        {
            if (isOpen(member))
            {
                open.Add(member.Argument);
            }
        }

        return open.Count switch
        {
            0 => null,
            1 => "Needs" + open[0],
            _ => "Needs" + string.Concat(open.GetRange(0, open.Count - 1)) + "And" + open[open.Count - 1],
        };
    }
}
