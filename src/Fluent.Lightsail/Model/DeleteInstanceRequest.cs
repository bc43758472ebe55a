namespace Fluent.Lightsail.Model;

/// <summary>The input of <c>DeleteInstance</c>, as <c>Amazon.Lightsail.Model.DeleteInstanceRequest</c>.</summary>
public sealed class DeleteInstanceRequest : LightsailRequest
{
    /// <summary>The name of the instance to delete. Required.</summary>
    public string? InstanceName { get; set; }

    /// <summary>Whether to delete the instance's add-ons (and their automatic snapshots) too.</summary>
    public bool? ForceDeleteAddOns { get; set; }
}
