using System.Collections.Generic;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The result of <c>DisableAddOn</c>, as <c>Amazon.Lightsail.Model.DisableAddOnResponse</c>: one <c>DisableAddOn</c> operation.</summary>
public sealed class DisableAddOnResponse : AmazonWebServiceResponse
{
    /// <summary>The operations the change started; <see langword="null"/> when the response had none.</summary>
    public List<Operation>? Operations { get; set; }

    /// <summary>
    /// <see langword="true"/> when a retried attempt was refused because the add-on was already disabled, and
    /// <c>GetInstance</c> confirmed it is off: an earlier attempt, whose answer was lost, disabled it.
    /// <see cref="Operations"/> then holds the resource's newest <c>DisableAddOn</c> operation from
    /// <c>GetOperationsForResource</c> (empty when there is none).
    /// </summary>
    public bool RecoveredAfterRetry { get; set; }
}
