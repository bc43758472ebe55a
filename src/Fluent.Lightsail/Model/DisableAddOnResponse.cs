using System.Collections.Generic;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The result of <c>DisableAddOn</c>, as <c>Amazon.Lightsail.Model.DisableAddOnResponse</c>: one <c>DisableAddOn</c> operation.</summary>
public sealed class DisableAddOnResponse : AmazonWebServiceResponse
{
    /// <summary>The operations the change started; <see langword="null"/> when the response had none.</summary>
    public List<Operation>? Operations { get; set; }
}
