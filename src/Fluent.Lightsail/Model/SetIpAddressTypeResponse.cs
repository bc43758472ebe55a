using System.Collections.Generic;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The result of <c>SetIpAddressType</c>, as <c>Amazon.Lightsail.Model.SetIpAddressTypeResponse</c>: one <c>SetIpAddressType</c> operation.</summary>
public sealed class SetIpAddressTypeResponse : AmazonWebServiceResponse
{
    /// <summary>The operations the change started; <see langword="null"/> when the response had none.</summary>
    public List<Operation>? Operations { get; set; }
}
