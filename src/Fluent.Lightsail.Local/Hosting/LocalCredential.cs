namespace Fluent.Lightsail.Local;

/// <summary>
/// A credential the endpoint accepts. With a <see cref="SessionToken"/>, requests must carry that exact
/// <c>x-amz-security-token</c> (temporary credentials); without one, a request that carries a token is refused,
/// as AWS refuses a token it did not issue.
/// </summary>
public sealed record LocalCredential(string AccessKeyId, string SecretAccessKey, string? SessionToken = null);
