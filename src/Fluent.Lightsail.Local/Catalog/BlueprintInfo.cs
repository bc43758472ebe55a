namespace Fluent.Lightsail.Local.Catalog;

/// <summary>One entry of <c>GetBlueprints</c>: an image an instance can be created from.</summary>
internal sealed record BlueprintInfo(
    string BlueprintId,
    string Name,
    string Group,
    string Type,
    string Version,
    string Platform,
    int MinPower,
    string Username,
    string Description,
    // LfR for a Lightsail for Research entry, which only appCategory=LfR lists.
    string? AppCategory = null)
{
    public const string LinuxUnix = "LINUX_UNIX";

    public const string WindowsPlatform = "WINDOWS";

    public bool IsWindows => Platform == WindowsPlatform;
}
