namespace Fluent.Lightsail.Local;

/// <summary>What an injected <see cref="Fault"/> does to a request.</summary>
public enum FaultKind
{
    /// <summary>400 <c>ThrottlingException</c>; the operation is not performed.</summary>
    Throttle,

    /// <summary>500 <c>ServiceException</c>; the operation is not performed.</summary>
    InternalError,

    /// <summary>401 <c>UnauthenticatedException</c>; the operation is not performed.</summary>
    Unauthenticated,

    /// <summary>The answer is delayed by <see cref="Fault.Delay"/>, then the request proceeds normally.</summary>
    Latency,

    /// <summary>The connection is aborted before the operation is performed.</summary>
    DropConnection,

    /// <summary>The operation IS performed, then the connection is aborted without a response.</summary>
    LostResponse,

    /// <summary>The operation IS performed, then a 200 with a truncated, unparsable JSON body is sent.</summary>
    MalformedJson,

    /// <summary>The call is accepted (200), but the operations it starts end <c>Failed</c> and nothing is created.</summary>
    OperationFailure,
}
