namespace Fluent.Lightsail.Local;

/// <summary>
/// An instance as the endpoint holds it, with what no Lightsail API returns: which request created it. Tests use it
/// as ground truth, e.g. to check that a client never claims an instance another caller created.
/// </summary>
/// <param name="Name">The instance name.</param>
/// <param name="Tags">Its tags (key, value; the value is null for a key-only tag).</param>
/// <param name="CreatedAt">Its <c>createdAt</c>, on the endpoint's clock (<see cref="LocalLightsailOptions.TimeProvider"/>).</param>
/// <param name="ReservedAtUtc">The wall-clock moment its name became visible to other requests (taken under the state's lock).</param>
/// <param name="CreatedByAccessKeyId">The access key that signed the create request.</param>
/// <param name="CreateRequestId">The <c>x-amzn-RequestId</c> the endpoint gave the create request.</param>
/// <param name="CreateOperationId">The id of its <c>CreateInstance</c> operation.</param>
public sealed record LocalInstance(
    string Name,
    IReadOnlyList<KeyValuePair<string, string?>> Tags,
    DateTimeOffset CreatedAt,
    DateTimeOffset ReservedAtUtc,
    string? CreatedByAccessKeyId,
    string CreateRequestId,
    string CreateOperationId);
