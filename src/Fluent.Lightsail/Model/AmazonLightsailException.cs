using System;
using System.Collections.Generic;
using System.Net;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>
/// The base of every error Lightsail returns, as <c>Amazon.Lightsail.AmazonLightsailException</c>. Errors whose
/// <c>__type</c> is not one of Lightsail's modelled errors (throttling, for example) arrive as this type, with the
/// wire type in <see cref="AmazonServiceException.ErrorCode"/>.
/// </summary>
public class AmazonLightsailException : AmazonServiceException
{
    /// <summary>Creates an exception with a message.</summary>
    public AmazonLightsailException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public AmazonLightsailException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception wrapping the exception that caused it.</summary>
    public AmazonLightsailException(Exception innerException)
        : base(innerException.Message, innerException)
    {
    }

    /// <summary>Creates an exception with everything the service said.</summary>
    public AmazonLightsailException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode)
    {
    }

    /// <summary>Creates an exception with everything the service said.</summary>
    public AmazonLightsailException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode)
    {
    }

    /// <summary>
    /// Set on the exception a <c>CreateInstances</c> or <c>CreateInstancesFromSnapshot</c> call throws after the
    /// client checked its names with <c>GetInstance</c> (a retried or unanswered create): what is known about each
    /// name, in the order the caller named them. <see langword="null"/> when no name was checked (the service refused
    /// the first attempt, or the error did not come from a create call).
    /// </summary>
    public IReadOnlyList<InstanceNameOutcome>? InstanceOutcomes { get; internal set; }
}
