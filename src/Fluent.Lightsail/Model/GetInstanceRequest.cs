namespace Fluent.Lightsail.Model;

/// <summary>The input of <c>GetInstance</c>, as <c>Amazon.Lightsail.Model.GetInstanceRequest</c>.</summary>
public sealed class GetInstanceRequest : LightsailRequest
{
    /// <summary>The name of the instance. Required.</summary>
    public string? InstanceName { get; set; }
}
