using System.Collections.Generic;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The result of <c>CreateInstances</c>: one operation per instance name.</summary>
public sealed class CreateInstancesResponse : AmazonWebServiceResponse
{
    /// <summary>The operations started by the call; <see langword="null"/> when the response had none.</summary>
    public List<Operation>? Operations { get; set; }

    /// <summary>
    /// <see langword="true"/> when a retried attempt was answered "names already in use" (or the call gave up on an
    /// attempt that may have done the work) and the client confirmed with <c>GetInstance</c> that every instance is this
    /// call's: it shows every requested member and was created after the call started. An earlier attempt did create
    /// them; its response was lost. <see cref="Operations"/> then holds each instance's <c>CreateInstance</c> operation as
    /// <c>GetOperationsForResource</c> reports it, or one synthesised from the instance's state when that is unavailable
    /// (such a synthesised operation has no <see cref="Operation.Id"/>).
    /// </summary>
    public bool RecoveredAfterRetry { get; set; }
}
