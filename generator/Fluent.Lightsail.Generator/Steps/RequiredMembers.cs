namespace Fluent.Lightsail.Generator.Steps;

/// <summary>Which of the required request members the template (or the assembly defaults) already fixes.</summary>
internal readonly struct RequiredMembers
{
    public RequiredMembers(bool availabilityZoneFixed, bool blueprintFixed, bool bundleFixed)
    {
        AvailabilityZoneFixed = availabilityZoneFixed;
        BlueprintFixed = blueprintFixed;
        BundleFixed = bundleFixed;
    }

    public bool AvailabilityZoneFixed { get; }

    public bool BlueprintFixed { get; }

    public bool BundleFixed { get; }
}
