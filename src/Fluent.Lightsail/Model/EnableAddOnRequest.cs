namespace Fluent.Lightsail.Model;

/// <summary>The input of <c>EnableAddOn</c>, as <c>Amazon.Lightsail.Model.EnableAddOnRequest</c>: enables or changes an add-on.</summary>
public sealed class EnableAddOnRequest : LightsailRequest
{
    /// <summary>The name of the resource, such as an instance name. Required.</summary>
    public string? ResourceName { get; set; }

    /// <summary>The add-on to enable or change, such as AutoSnapshot with its time of day. Required.</summary>
    public AddOnRequest? AddOnRequest { get; set; }
}
