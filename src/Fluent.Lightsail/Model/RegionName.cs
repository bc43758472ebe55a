using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The name of an AWS Region of Lightsail. Mirrors <c>Amazon.Lightsail.RegionName</c>.</summary>
public sealed class RegionName : ConstantClass
{
    /// <summary>The value <c>us-east-1</c>.</summary>
    public static readonly RegionName UsEast1 = new("us-east-1");

    /// <summary>The value <c>us-east-2</c>.</summary>
    public static readonly RegionName UsEast2 = new("us-east-2");

    /// <summary>The value <c>us-west-1</c>.</summary>
    public static readonly RegionName UsWest1 = new("us-west-1");

    /// <summary>The value <c>us-west-2</c>.</summary>
    public static readonly RegionName UsWest2 = new("us-west-2");

    /// <summary>The value <c>eu-west-1</c>.</summary>
    public static readonly RegionName EuWest1 = new("eu-west-1");

    /// <summary>The value <c>eu-west-2</c>.</summary>
    public static readonly RegionName EuWest2 = new("eu-west-2");

    /// <summary>The value <c>eu-west-3</c>.</summary>
    public static readonly RegionName EuWest3 = new("eu-west-3");

    /// <summary>The value <c>eu-central-1</c>.</summary>
    public static readonly RegionName EuCentral1 = new("eu-central-1");

    /// <summary>The value <c>eu-north-1</c>.</summary>
    public static readonly RegionName EuNorth1 = new("eu-north-1");

    /// <summary>The value <c>eu-south-2</c>.</summary>
    public static readonly RegionName EuSouth2 = new("eu-south-2");

    /// <summary>The value <c>ca-central-1</c>.</summary>
    public static readonly RegionName CaCentral1 = new("ca-central-1");

    /// <summary>The value <c>ap-east-1</c>.</summary>
    public static readonly RegionName ApEast1 = new("ap-east-1");

    /// <summary>The value <c>ap-south-1</c>.</summary>
    public static readonly RegionName ApSouth1 = new("ap-south-1");

    /// <summary>The value <c>ap-southeast-1</c>.</summary>
    public static readonly RegionName ApSoutheast1 = new("ap-southeast-1");

    /// <summary>The value <c>ap-southeast-2</c>.</summary>
    public static readonly RegionName ApSoutheast2 = new("ap-southeast-2");

    /// <summary>The value <c>ap-northeast-1</c>.</summary>
    public static readonly RegionName ApNortheast1 = new("ap-northeast-1");

    /// <summary>The value <c>ap-northeast-2</c>.</summary>
    public static readonly RegionName ApNortheast2 = new("ap-northeast-2");

    /// <summary>The value <c>ap-southeast-3</c>.</summary>
    public static readonly RegionName ApSoutheast3 = new("ap-southeast-3");

    /// <summary>The value <c>ap-southeast-5</c>.</summary>
    public static readonly RegionName ApSoutheast5 = new("ap-southeast-5");

    /// <summary>The value <c>sa-east-1</c>.</summary>
    public static readonly RegionName SaEast1 = new("sa-east-1");

    /// <summary>Wraps any value, known or not (the service may add values).</summary>
    public RegionName(string value) : base(value) { }

    /// <summary>Returns the known instance for <paramref name="value"/>, or a new one for an unknown value.</summary>
    public static RegionName FindValue(string value) => FindValue<RegionName>(value);

    /// <summary>Converts a string to the constant with that value.</summary>
    public static implicit operator RegionName(string value) => FindValue(value);
}
