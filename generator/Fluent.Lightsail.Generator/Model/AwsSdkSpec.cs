namespace Fluent.Lightsail.Generator.Model;

/// <summary>
/// What the official AWSSDK.Lightsail that the user's compilation references offers: the only facts the bridge needs
/// from it, projected from the compilation at once so that an edit elsewhere compares equal and changes nothing.
/// A pipeline value of <see langword="null"/> means the SDK is not referenced.
/// </summary>
/// <param name="HasIpAddressType">
/// Whether <c>Amazon.Lightsail.IpAddressType</c> exists; AWSSDK.Lightsail releases before the IPv6 launch lack it.
/// </param>
/// <param name="HasStopInstanceOnIdle">
/// Whether <c>Amazon.Lightsail.Model.StopInstanceOnIdleRequest</c> exists; releases before Lightsail for Research lack it.
/// </param>
/// <param name="ReferencedBridge">
/// Whether a referenced assembly's bridge is visible here (its internals are, through <c>InternalsVisibleTo</c>): that
/// one serves this project, since a second set of the same extension methods would make every call ambiguous (CS0121).
/// </param>
internal sealed record AwsSdkSpec(bool HasIpAddressType, bool HasStopInstanceOnIdle, bool ReferencedBridge = false);
