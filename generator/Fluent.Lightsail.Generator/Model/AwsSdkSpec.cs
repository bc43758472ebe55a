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
/// <param name="CanPrioritizeOverloads">
/// Whether the project can rank overloads (C# 13 and <c>OverloadResolutionPriorityAttribute</c>, .NET 9 and later):
/// then <c>CreateAsync(null)</c> picks the <c>ILightsailClient</c> overload, which names the null argument, instead of
/// being ambiguous between it and the <c>IAmazonLightsail</c> one (CS0121).
/// </param>
internal sealed record AwsSdkSpec(bool HasIpAddressType, bool HasStopInstanceOnIdle, bool CanPrioritizeOverloads = false);
