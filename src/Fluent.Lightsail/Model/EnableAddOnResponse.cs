using System.Collections.Generic;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The result of <c>EnableAddOn</c>, as <c>Amazon.Lightsail.Model.EnableAddOnResponse</c>: one <c>EnableAddOn</c> operation.</summary>
public sealed class EnableAddOnResponse : AmazonWebServiceResponse
{
    /// <summary>The operations the change started; <see langword="null"/> when the response had none.</summary>
    public List<Operation>? Operations { get; set; }
}
