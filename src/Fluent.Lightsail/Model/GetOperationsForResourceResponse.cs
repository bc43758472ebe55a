using System.Collections.Generic;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The result of <c>GetOperationsForResource</c>, as <c>Amazon.Lightsail.Model.GetOperationsForResourceResponse</c>.</summary>
public sealed class GetOperationsForResourceResponse : AmazonWebServiceResponse
{
    /// <summary>The operations of the resource, newest first.</summary>
    public List<Operation>? Operations { get; set; }

    /// <summary>The token of the next page, or <see langword="null"/> on the last page.</summary>
    public string? NextPageToken { get; set; }
}
