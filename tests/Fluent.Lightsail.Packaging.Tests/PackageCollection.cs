namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>All packaging tests share one packed package.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}
