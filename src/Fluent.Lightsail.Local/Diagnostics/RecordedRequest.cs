namespace Fluent.Lightsail.Local;

/// <summary>
/// One request as the endpoint saw it: the operation (empty when the target header was missing), the status it
/// answered, the error type if any, the injected fault if any, and the SDK's retry header (<c>amz-sdk-request</c>).
/// </summary>
public sealed record RecordedRequest(
    string Operation,
    int StatusCode,
    string? ErrorType,
    FaultKind? Fault,
    string? AccessKeyId,
    string? SdkRequestHeader,
    DateTimeOffset ReceivedAt);
