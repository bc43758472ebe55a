namespace Fluent.Lightsail.Local.State;

/// <summary>Why an operation ends <c>Failed</c>: the <c>errorCode</c> and <c>errorDetails</c> it reports.</summary>
internal sealed record OperationFailure(string ErrorCode, string ErrorDetails);
