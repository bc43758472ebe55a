using System.Reflection;
using Fluent.Lightsail.Building;
using Fluent.Lightsail.Generator.Steps;

namespace Fluent.Lightsail.Generator.Tests.Units;

/// <summary>
/// The step the generator names for a template's <c>Named</c> exists in the runtime and asks for exactly the required
/// members the template leaves open, in contract order, before the final stage: the generator and the runtime's steps
/// must not drift apart.
/// </summary>
public sealed class EntryStepTests
{
    [Theory]
    [InlineData(false, false, false, null)]
    [InlineData(true, false, false, "NeedsAvailabilityZone")]
    [InlineData(false, true, false, "NeedsBlueprint")]
    [InlineData(false, false, true, "NeedsBundle")]
    [InlineData(true, true, false, "NeedsAvailabilityZoneAndBlueprint")]
    [InlineData(true, false, true, "NeedsAvailabilityZoneAndBundle")]
    [InlineData(false, true, true, "NeedsBlueprintAndBundle")]
    [InlineData(true, true, true, "NeedsAvailabilityZoneBlueprintAndBundle")]
    public void Named_returns_the_runtime_step_that_asks_for_the_open_members_in_order(bool zoneOpen, bool blueprintOpen, bool bundleOpen, string? expected)
    {
        var open = new List<string>();
        var methods = new List<string>();
        if (zoneOpen)
        {
            open.Add("AvailabilityZone");
            methods.Add("InZone");
        }

        if (blueprintOpen)
        {
            open.Add("Blueprint");
            methods.Add("WithBlueprint");
        }

        if (bundleOpen)
        {
            open.Add("Bundle");
            methods.Add("WithBundle");
        }

        var name = EntryStep.TypeName(member => open.Contains(member.Argument));

        Assert.Equal(expected, name);
        Assert.Equal(methods, StepMethods(name));
    }

    /// <summary>The methods a chain must call from the named runtime step to reach the final stage.</summary>
    private static List<string> StepMethods(string? stepName)
    {
        var asked = new List<string>();
        var type = stepName is null ? typeof(InstanceBuilder) : typeof(InstanceBuilder).Assembly.GetType(EntryStep.Namespace + "." + stepName);
        Assert.NotNull(type);
        while (type != typeof(InstanceBuilder))
        {
            // A step is a value over the final stage with one method and no Build, so skipping it does not compile.
            Assert.True(type.IsValueType, type.Name);
            Assert.True(typeof(IInstanceBuilderStage).IsAssignableFrom(type), type.Name);
            Assert.Null(type.GetMethod(nameof(InstanceBuilder.Build)));
            var method = Assert.Single(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly));
            asked.Add(method.Name);
            type = method.ReturnType;
        }

        return asked;
    }
}
