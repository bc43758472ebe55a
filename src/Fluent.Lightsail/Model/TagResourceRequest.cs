using System.Collections.Generic;

namespace Fluent.Lightsail.Model;

/// <summary>
/// The input of <c>TagResource</c>, as <c>Amazon.Lightsail.Model.TagResourceRequest</c>: adds tags to a resource, or
/// changes the value of keys it already has. A resource has at most 50 tags.
/// </summary>
public sealed class TagResourceRequest : LightsailRequest
{
    /// <summary>The name of the resource, such as an instance name. Required.</summary>
    public string? ResourceName { get; set; }

    /// <summary>The ARN of the resource; optional.</summary>
    public string? ResourceArn { get; set; }

    /// <summary>The tags to add or change. Required.</summary>
    public List<Tag>? Tags { get; set; }
}
