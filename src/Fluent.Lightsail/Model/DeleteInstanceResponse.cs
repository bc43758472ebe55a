using System.Collections.Generic;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The result of <c>DeleteInstance</c>, as <c>Amazon.Lightsail.Model.DeleteInstanceResponse</c>: one <c>DeleteInstance</c> operation.</summary>
public sealed class DeleteInstanceResponse : AmazonWebServiceResponse
{
    /// <summary>The operations the change started; <see langword="null"/> when the response had none.</summary>
    public List<Operation>? Operations { get; set; }

    /// <summary>
    /// <see langword="true"/> when a retried attempt was refused because the instance was already being deleted (or
    /// gone), and <c>GetOperationsForResource</c> showed the delete an earlier attempt, whose answer was lost, started.
    /// <see cref="Operations"/> then holds that <c>DeleteInstance</c> operation.
    /// </summary>
    public bool RecoveredAfterRetry { get; set; }
}
