using System.Text;
using Fluent.Lightsail.Local.Auth;
using Microsoft.Extensions.Primitives;

namespace Fluent.Lightsail.Local.Tests;

/// <summary>
/// The verifier's building blocks against the worked example in AWS's SigV4 documentation (IAM ListUsers,
/// 2015-08-30, the documented example secret): canonical request hash, signing key and signature.
/// </summary>
public sealed class SigV4VectorTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    private static readonly Dictionary<string, string> Headers = new()
    {
        ["content-type"] = "application/x-www-form-urlencoded; charset=utf-8",
        ["host"] = "iam.amazonaws.com",
        ["x-amz-date"] = "20150830T123600Z",
    };

    [Fact]
    public void Canonical_request_matches_the_documented_hash()
    {
        var canonical = CanonicalRequest.Build("GET", "/?Action=ListUsers&Version=2010-05-08",
            name => new StringValues(Headers[name]), ["content-type", "host", "x-amz-date"], CanonicalRequest.HexSha256([]));

        Assert.Equal("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59",
            CanonicalRequest.HexSha256(Encoding.UTF8.GetBytes(canonical)));
    }

    [Fact]
    public void Signing_key_and_signature_match_the_documented_values()
    {
        var key = SigV4.SigningKey(Secret, "20150830", "us-east-1", "iam");
        var canonical = CanonicalRequest.Build("GET", "/?Version=2010-05-08&Action=ListUsers",
            name => new StringValues(Headers[name]), ["content-type", "host", "x-amz-date"], CanonicalRequest.HexSha256([]));
        var signature = SigV4.Signature(key, SigV4.StringToSign("20150830T123600Z", "20150830/us-east-1/iam/aws4_request", canonical));

        Assert.Equal("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9", Convert.ToHexStringLower(key));
        Assert.Equal("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7", signature);
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    [InlineData("/a/./b/../c", "/a/c")]
    [InlineData("/my%20path", "/my%2520path")]
    public void Path_is_normalised_and_encoded_twice_like_non_S3_services(string rawPath, string expected)
    {
        var canonical = CanonicalRequest.Build("POST", rawPath, _ => StringValues.Empty, [], "h");

        Assert.Equal(expected, canonical.Split('\n')[1]);
    }

    [Fact]
    public void Header_values_are_trimmed_and_inner_spaces_collapsed()
    {
        var canonical = CanonicalRequest.Build("POST", "/", _ => new StringValues("  a   b  c "), ["x-test"], "h");

        Assert.Equal("x-test:a b c", canonical.Split('\n')[3]);
    }
}
