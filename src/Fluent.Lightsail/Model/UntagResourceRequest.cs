using System.Collections.Generic;

namespace Fluent.Lightsail.Model;

/// <summary>The input of <c>UntagResource</c>, as <c>Amazon.Lightsail.Model.UntagResourceRequest</c>: removes tags by key.</summary>
public sealed class UntagResourceRequest : LightsailRequest
{
    /// <summary>The name of the resource, such as an instance name. Required.</summary>
    public string? ResourceName { get; set; }

    /// <summary>The ARN of the resource; optional.</summary>
    public string? ResourceArn { get; set; }

    /// <summary>The keys of the tags to remove. Required.</summary>
    public List<string>? TagKeys { get; set; }
}
