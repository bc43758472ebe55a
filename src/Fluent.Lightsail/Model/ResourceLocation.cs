namespace Fluent.Lightsail.Model;

/// <summary>Where a resource lives, as <c>Amazon.Lightsail.Model.ResourceLocation</c>.</summary>
public sealed class ResourceLocation
{
    /// <summary>The availability zone.</summary>
    public string? AvailabilityZone { get; set; }

    /// <summary>The region.</summary>
    public RegionName? RegionName { get; set; }
}
