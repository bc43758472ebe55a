using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Amazon.Runtime;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>
/// A create call failed, and some of its names were created by it or could not be checked: the call is neither a
/// success nor a clean failure. <see cref="AmazonLightsailException.InstanceOutcomes"/> says, per name, what is known;
/// <see cref="CreatedOperations"/> holds the operations of the instances this call did create (wait on them, or delete
/// them). <see cref="AmazonServiceException.ErrorCode"/> and the inner exception are those of the failure that ended
/// the call.
/// </summary>
public class IncompleteCreateException : AmazonLightsailException
{
    /// <summary>Creates the exception for the per-name outcomes of a call that failed with <paramref name="failure"/>.</summary>
    public IncompleteCreateException(AmazonServiceException failure, IReadOnlyList<InstanceNameOutcome> outcomes)
        : base(
            Describe(failure, outcomes),
            failure,
            failure?.ErrorType ?? ErrorType.Unknown,
            failure?.ErrorCode ?? string.Empty,
            failure?.RequestId ?? string.Empty,
            failure?.StatusCode ?? default(HttpStatusCode))
    {
        InstanceOutcomes = outcomes ?? throw new ArgumentNullException(nameof(outcomes));
    }

    /// <summary>The <c>CreateInstance</c> operations of the names this call created, in the order they were named.</summary>
    public IReadOnlyList<Operation> CreatedOperations =>
        InstanceOutcomes!.Where(o => o.Status == InstanceNameStatus.CreatedByThisCall && o.Operation != null).Select(o => o.Operation!).ToList();

    private static string Describe(AmazonServiceException? failure, IReadOnlyList<InstanceNameOutcome>? outcomes) =>
        "The create call failed with only part of its outcome known ("
        + string.Join(", ", (outcomes ?? Array.Empty<InstanceNameOutcome>()).Select(o => o.ToString()))
        + "): " + failure?.Message;
}
