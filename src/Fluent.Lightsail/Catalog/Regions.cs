// Catalogue constants: const so they work in attribute arguments and show in IntelliSense.
// Source: Lightsail rules reference (B7, U3, U9, A4, P1); an advisory snapshot, not an exhaustive list.

namespace Fluent.Lightsail;

/// <summary>The AWS Regions of Lightsail's <c>RegionName</c> enum. <c>us-west-1</c> is in the enum but Lightsail does not run there.</summary>
public static class Regions
{
    /// <summary><c>us-east-1</c></summary>
    public const string UsEast1 = "us-east-1";

    /// <summary><c>us-east-2</c></summary>
    public const string UsEast2 = "us-east-2";

    /// <summary><c>us-west-1</c></summary>
    public const string UsWest1 = "us-west-1";

    /// <summary><c>us-west-2</c></summary>
    public const string UsWest2 = "us-west-2";

    /// <summary><c>eu-west-1</c></summary>
    public const string EuWest1 = "eu-west-1";

    /// <summary><c>eu-west-2</c></summary>
    public const string EuWest2 = "eu-west-2";

    /// <summary><c>eu-west-3</c></summary>
    public const string EuWest3 = "eu-west-3";

    /// <summary><c>eu-central-1</c></summary>
    public const string EuCentral1 = "eu-central-1";

    /// <summary><c>eu-north-1</c></summary>
    public const string EuNorth1 = "eu-north-1";

    /// <summary><c>eu-south-2</c></summary>
    public const string EuSouth2 = "eu-south-2";

    /// <summary><c>ca-central-1</c></summary>
    public const string CaCentral1 = "ca-central-1";

    /// <summary><c>ap-east-1</c></summary>
    public const string ApEast1 = "ap-east-1";

    /// <summary><c>ap-south-1</c></summary>
    public const string ApSouth1 = "ap-south-1";

    /// <summary><c>ap-southeast-1</c></summary>
    public const string ApSoutheast1 = "ap-southeast-1";

    /// <summary><c>ap-southeast-2</c></summary>
    public const string ApSoutheast2 = "ap-southeast-2";

    /// <summary><c>ap-northeast-1</c></summary>
    public const string ApNortheast1 = "ap-northeast-1";

    /// <summary><c>ap-northeast-2</c></summary>
    public const string ApNortheast2 = "ap-northeast-2";

    /// <summary><c>ap-southeast-3</c></summary>
    public const string ApSoutheast3 = "ap-southeast-3";

    /// <summary><c>ap-southeast-5</c></summary>
    public const string ApSoutheast5 = "ap-southeast-5";

    /// <summary><c>sa-east-1</c></summary>
    public const string SaEast1 = "sa-east-1";

    /// <summary>Every region name, in the service model's order.</summary>
    public static readonly System.Collections.Generic.IReadOnlyList<string> All = new[]
    {
        UsEast1,
        UsEast2,
        UsWest1,
        UsWest2,
        EuWest1,
        EuWest2,
        EuWest3,
        EuCentral1,
        EuNorth1,
        EuSouth2,
        CaCentral1,
        ApEast1,
        ApSouth1,
        ApSoutheast1,
        ApSoutheast2,
        ApNortheast1,
        ApNortheast2,
        ApSoutheast3,
        ApSoutheast5,
        SaEast1,
    };
}
