namespace Fluent.Lightsail.Local.Protocol;

/// <summary>
/// The errors the endpoint answers, with the types, statuses and wording of the real service so that clients map
/// them to the same exception classes. Coral-based awsJson services answer signature problems with 400; the
/// missing-token case is 403 as AWS's front door answers it.
/// </summary>
internal static class ServiceErrors
{
    public static ServiceError InvalidInput(string message) => new("InvalidInputException", 400, message);

    public static ServiceError NotFound(string message) => new("NotFoundException", 400, message);

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

    public static ServiceError Internal() =>
        new("ServiceException", 500, "An internal error occurred. Please try again later.");

    public static ServiceError Unauthenticated() => new("UnauthenticatedException", 401,
        "Lightsail could not authenticate the request; the account may not be fully set up.")
    {
        Code = "Unauthenticated",
    };

    public static ServiceError UnsupportedMediaType(string? contentType) =>
        Serialization($"Unsupported Content-Type '{contentType}'; expected '{AwsJson.ContentType}'.");
}
