using System;
using System.Net;
using System.Threading;
using Amazon.Runtime;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// When a failed create may nevertheless have created its instances, and how to report it when it did not.
/// </summary>
/// <remarks>
/// Core stops retrying when its attempts or its retry quota (standard and adaptive modes) run out, and then throws
/// whatever the last attempt met: a timeout, a dropped connection, an unreadable 200, a 5xx, or a throttle after an
/// earlier attempt whose answer was lost. Each of those can follow a create the service performed, so reporting
/// the exception as is would be a false failure: the caller retries under a new name or gives up on an instance it
/// pays for. The reliability tests (500 faulted creates, 200 concurrent ones) found exactly that.
/// </remarks>
internal static class UnknownOutcome
{
    /// <summary>
    /// Whether the create may have happened although the call failed: some attempt reached the wire, the caller did
    /// not cancel, and either an earlier attempt may have done the work or the last one did not say it was refused.
    /// </summary>
    public static bool Applies(Exception failure, int attemptsSent, CancellationToken cancellationToken)
    {
        if (attemptsSent == 0 || (failure is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return false;
        }

        var refused = failure is AmazonServiceException service
            && !(service is AmazonUnmarshallingException)
            && (int)service.StatusCode >= 400 && (int)service.StatusCode < 500;
        return attemptsSent > 1 || !refused;
    }

    /// <summary>
    /// The failure as a typed Lightsail exception, once the names were checked and none of them was created: transport
    /// errors and unreadable answers carry no error code of the service, so they get one that says what happened
    /// (<c>RequestTimeout</c>, <c>ConnectionFailure</c>, <c>MalformedResponse</c>), with the original as the inner exception.
    /// </summary>
    public static Exception Typed(Exception failure)
    {
        if (failure is AmazonLightsailException || failure is AmazonServiceException { ErrorCode: { Length: > 0 } })
        {
            return failure;
        }

        var service = failure as AmazonServiceException;
        var code = failure switch
        {
            AmazonUnmarshallingException => "MalformedResponse",
            TimeoutException or OperationCanceledException => "RequestTimeout",
            _ => "ConnectionFailure",
        };
        return new AmazonLightsailException(
            "CreateInstances failed: " + failure.Message,
            failure,
            ErrorType.Unknown,
            code,
            service?.RequestId ?? string.Empty,
            service?.StatusCode ?? 0);
    }
}
