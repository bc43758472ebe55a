namespace Fluent.Lightsail.Rules;

/// <summary>The operating-system family of a blueprint or bundle, as far as its ID tells.</summary>
public enum Platform
{
    /// <summary>No ID to judge by.</summary>
    Unknown,

    /// <summary>LINUX_UNIX.</summary>
    LinuxUnix,

    /// <summary>WINDOWS.</summary>
    Windows,
}
