namespace Fluent.Lightsail.Model;

/// <summary>The input of <c>DisableAddOn</c>, as <c>Amazon.Lightsail.Model.DisableAddOnRequest</c>.</summary>
public sealed class DisableAddOnRequest : LightsailRequest
{
    /// <summary>The add-on to disable. Required.</summary>
    public AddOnType? AddOnType { get; set; }

    /// <summary>The name of the resource, such as an instance name. Required.</summary>
    public string? ResourceName { get; set; }
}
