using System.Collections.Generic;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The result of <c>TagResource</c>, as <c>Amazon.Lightsail.Model.TagResourceResponse</c>: one <c>TagResource</c> operation.</summary>
public sealed class TagResourceResponse : AmazonWebServiceResponse
{
    /// <summary>The operations the change started; <see langword="null"/> when the response had none.</summary>
    public List<Operation>? Operations { get; set; }
}
