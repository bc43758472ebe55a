namespace Fluent.Lightsail.Vocabulary;

/// <summary>The groups of request values a template or a call chain sets together.</summary>
[System.Flags]
internal enum ValueGroup
{
    None = 0,
    AvailabilityZone = 1 << 0,
    Blueprint = 1 << 1,
    Bundle = 1 << 2,
    KeyPair = 1 << 3,
    UserData = 1 << 4,
    IpAddressType = 1 << 5,
    AutoSnapshot = 1 << 6,
    StopInstanceOnIdle = 1 << 7,
    Tags = 1 << 8,
}
