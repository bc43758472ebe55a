using System;
using System.Threading;
using Amazon.Runtime;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// When a failed create may nevertheless have created its instances, and how any operation reports a failure typed.
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
    private const string RequestTimeout = "RequestTimeout";
    private const string ConnectionFailure = "ConnectionFailure";
    private const string MalformedResponse = "MalformedResponse";

    /// <summary>
    /// Whether the create may have happened although the call failed: some attempt reached the wire, the caller did
    /// not cancel, and either an earlier attempt may have done the work or the last one did not say it was refused.
    /// </summary>
    public static bool Applies(Exception failure, int attemptsSent, CancellationToken cancellationToken)
    {
        if (attemptsSent == 0 || IsCallerCancellation(failure, cancellationToken))
        {
            return false;
        }

        var refused = failure is AmazonServiceException service
            && !(service is AmazonUnmarshallingException)
            && (int)service.StatusCode >= 400 && (int)service.StatusCode < 500;
        return attemptsSent > 1 || !refused;
    }

    /// <summary>
    /// Whether a failure must be wrapped before it leaves an operation: anything but a Lightsail exception, the
    /// caller's own cancellation, or a Core client error raised before a request could be sent (no credentials, no region).
    /// </summary>
    public static bool NeedsTyping(Exception failure, CancellationToken cancellationToken) =>
        failure is not AmazonLightsailException
        && !IsCallerCancellation(failure, cancellationToken)
        && !(failure is AmazonClientException && failure is not AmazonServiceException);

    /// <summary>
    /// The failure of <paramref name="operation"/> as a typed Lightsail exception: service errors keep their type;
    /// transport errors and unreadable answers carry no error code of the service, so they get one that says what
    /// happened (<c>RequestTimeout</c>, <c>ConnectionFailure</c>, <c>MalformedResponse</c>), with the original as the
    /// inner exception and a message that names the operation ("GetInstance failed: ...").
    /// </summary>
    public static AmazonLightsailException Typed(Exception failure, string operation)
    {
        if (failure is AmazonLightsailException lightsail)
        {
            return lightsail;
        }

        var service = failure as AmazonServiceException;
        var code = failure switch
        {
            AmazonUnmarshallingException => MalformedResponse,
            AmazonServiceException { ErrorCode: { Length: > 0 } errorCode } => errorCode,
            TimeoutException or OperationCanceledException => RequestTimeout,
            _ => ConnectionFailure,
        };
        return new AmazonLightsailException(
            operation + " failed: " + failure.Message,
            failure,
            service?.ErrorType ?? ErrorType.Unknown,
            code,
            service?.RequestId ?? string.Empty,
            service?.StatusCode ?? 0);
    }

    /// <summary>
    /// Whether the failure came without a readable answer of the service (a timeout, a dropped connection, an
    /// unreadable answer): as Core throws it, or as <see cref="Typed"/> reports it, whose inner exception is the original.
    /// </summary>
    public static bool IsUnanswered(Exception failure)
    {
        var original = failure is AmazonLightsailException { ErrorCode: RequestTimeout or ConnectionFailure or MalformedResponse, InnerException: { } inner }
            ? inner
            : failure;
        return original is not AmazonServiceException || original is AmazonUnmarshallingException;
    }

    private static bool IsCallerCancellation(Exception failure, CancellationToken cancellationToken) =>
        failure is OperationCanceledException && cancellationToken.IsCancellationRequested;
}
