namespace Fluent.Lightsail.Local.Protocol;

/// <summary>
/// The errors the endpoint answers, with the types, statuses and wording of the real service so that clients map
/// them to the same exception classes. Coral-based awsJson services answer signature problems with 400; the
/// missing-token case is 403 as AWS's front door answers it.
/// </summary>
/// <remarks>
/// Lightsail's own errors (the ones its model declares: InvalidInput, NotFound, Service, Unauthenticated, …) carry
/// <c>code</c>, <c>docs</c>, <c>message</c> and <c>tip</c>, which the SDKs expose as exception properties; errors of the
/// AWS front door (signature, throttling, serialization) carry only a message. The tips are this endpoint's wording.
/// </remarks>
internal static class ServiceErrors
{
    /// <summary>The <c>docs</c> link Lightsail's errors carry.</summary>
    public const string DocsUrl = "https://lightsail.aws.amazon.com/ls/docs";

    public static ServiceError InvalidInput(string message) =>
        Lightsail("InvalidInputException", 400, message, "Check the values of the request against the CreateInstances reference and try again.");

    public static ServiceError NotFound(string message) =>
        Lightsail("NotFoundException", 400, message, "Check the name or ID, and the region, with the matching Get operation.");

    public static ServiceError Serialization(string message) => new("SerializationException", 400, message);

    public static ServiceError UnknownOperation() =>
        new("UnknownOperationException", 400, string.Empty);

    public static ServiceError MissingAuthenticationToken() =>
        new("MissingAuthenticationTokenException", 403, "Missing Authentication Token");

    public static ServiceError IncompleteSignature(string message) => new("IncompleteSignatureException", 400, message);

    public static ServiceError InvalidSignature(string message) => new("InvalidSignatureException", 400, message);

    public static ServiceError SignatureMismatch() => InvalidSignature(
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");

    public static ServiceError UnrecognizedClient() =>
        new("UnrecognizedClientException", 400, "The security token included in the request is invalid.");

    public static ServiceError Throttling() => new("ThrottlingException", 400, "Rate exceeded");

    public static ServiceError Internal() => Internal("An internal error occurred. Please try again later.");

    public static ServiceError Internal(string message) => Lightsail("ServiceException", 500, message, "Retry the request; it is safe to retry.");

    public static ServiceError Unauthenticated() => Lightsail("UnauthenticatedException", 401,
        "Lightsail could not authenticate the request; the account may not be fully set up.",
        "Finish the account setup in the Lightsail console, then retry.");

    /// <summary>One of Lightsail's own errors: <c>code</c> is the type without "Exception", as the service sends it.</summary>
    private static ServiceError Lightsail(string type, int statusCode, string message, string tip) => new(type, statusCode, message)
    {
        Code = type.Substring(0, type.Length - "Exception".Length),
        Docs = DocsUrl,
        Tip = tip,
    };

    public static ServiceError UnsupportedMediaType(string? contentType) =>
        Serialization($"Unsupported Content-Type '{contentType}'; expected '{AwsJson.ContentType}'.");
}
