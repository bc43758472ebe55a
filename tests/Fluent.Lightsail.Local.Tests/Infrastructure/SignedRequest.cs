namespace Fluent.Lightsail.Local.Tests.Infrastructure;

/// <summary>A signed request before it is sent: tests replace parts of it to simulate tampering.</summary>
public sealed record SignedRequest(string Authorization, IReadOnlyDictionary<string, string> Headers, byte[] Body);
