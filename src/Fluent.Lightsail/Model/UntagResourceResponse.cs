using System.Collections.Generic;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The result of <c>UntagResource</c>, as <c>Amazon.Lightsail.Model.UntagResourceResponse</c>: one <c>UntagResource</c> operation.</summary>
public sealed class UntagResourceResponse : AmazonWebServiceResponse
{
    /// <summary>The operations the change started; <see langword="null"/> when the response had none.</summary>
    public List<Operation>? Operations { get; set; }
}
