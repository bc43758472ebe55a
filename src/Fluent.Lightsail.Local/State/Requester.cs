namespace Fluent.Lightsail.Local.State;

/// <summary>Who sent a request: its access key and the request id the endpoint answered with.</summary>
internal sealed record Requester(string? AccessKeyId, string RequestId);
