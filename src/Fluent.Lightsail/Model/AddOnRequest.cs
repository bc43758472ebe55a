namespace Fluent.Lightsail.Model;

/// <summary>An add-on to enable, as <c>Amazon.Lightsail.Model.AddOnRequest</c>.</summary>
public sealed class AddOnRequest
{
    /// <summary>The add-on type. Required.</summary>
    public AddOnType? AddOnType { get; set; }

    /// <summary>The settings of the <c>AutoSnapshot</c> add-on.</summary>
    public AutoSnapshotAddOnRequest? AutoSnapshotAddOnRequest { get; set; }

    /// <summary>The settings of the <c>StopInstanceOnIdle</c> add-on (Lightsail for Research only).</summary>
    public StopInstanceOnIdleRequest? StopInstanceOnIdleRequest { get; set; }
}
