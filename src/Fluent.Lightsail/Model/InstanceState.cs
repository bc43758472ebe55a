namespace Fluent.Lightsail.Model;

/// <summary>The state of an instance, as <c>Amazon.Lightsail.Model.InstanceState</c>.</summary>
public sealed class InstanceState
{
    /// <summary>The numeric state code.</summary>
    public int? Code { get; set; }

    /// <summary>The state name: <c>pending</c>, <c>running</c>, <c>stopping</c>, <c>stopped</c>, …</summary>
    public string? Name { get; set; }
}
