namespace Fluent.Lightsail.Local.Catalog;

/// <summary>One entry of <c>GetBundles</c>: an instance plan.</summary>
internal sealed record BundleInfo(
    string BundleId,
    string Name,
    string InstanceType,
    decimal Price,
    int CpuCount,
    double RamSizeInGb,
    int DiskSizeInGb,
    int TransferPerMonthInGb,
    int Power,
    string Platform,
    bool IsIpv6Only,
    // LfR for a Lightsail for Research entry, which only appCategory=LfR lists.
    string? AppCategory = null)
{
    public int PublicIpv4AddressCount => IsIpv6Only ? 0 : 1;
}
