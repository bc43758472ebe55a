namespace Fluent.Lightsail.Model;

/// <summary>The Lightsail-specific members every modelled Lightsail error carries, so one unmarshaller can fill them all.</summary>
internal interface ILightsailErrorDetails
{
    string? Code { get; set; }

    string? Docs { get; set; }

    string? Tip { get; set; }
}
