namespace Fluent.Lightsail.Local.Catalog;

/// <summary>One entry of <c>GetRegions</c>, with the availability zones the endpoint offers there.</summary>
internal sealed record RegionInfo(
    string Name,
    string DisplayName,
    string Description,
    string ContinentCode,
    IReadOnlyList<string> ZoneLetters)
{
    public IReadOnlyList<string> Zones => ZoneLetters.Select(letter => Name + letter).ToList();
}
