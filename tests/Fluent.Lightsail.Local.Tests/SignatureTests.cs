using System.Text;
using Fluent.Lightsail.Local.Tests.Infrastructure;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Local.Tests;

/// <summary>SigV4 verification: what is accepted, and the AWS error type for each way of getting it wrong.</summary>
public sealed class SignatureTests : LocalServerTest
{
    private const string Mismatch = "The request signature we calculated does not match the signature you provided.";

    protected override void Configure(LocalLightsailOptions options) =>
        options.AdditionalCredentials.Add(new LocalCredential("ASIATEMPORARY", "temporary-secret", "session-token-1"));

    [Fact]
    public async Task Correctly_signed_request_is_accepted_and_logged_with_its_key()
    {
        var reply = await Http.SendAsync("GetInstances");

        Assert.Equal(200, reply.Status);
        Assert.Equal(Server.AccessKeyId, Server.Stats.Requests.Single().AccessKeyId);
    }

    [Fact]
    public async Task Missing_authorization_is_403_MissingAuthenticationTokenException()
    {
        var reply = await Http.SendRawAsync(
            new Dictionary<string, string> { ["content-type"] = "application/x-amz-json-1.1", ["x-amz-target"] = "Lightsail_20161128.GetInstances" },
            "{}"u8.ToArray(),
            authorization: null);

        Assert.Equal(403, reply.Status);
        Assert.Equal("MissingAuthenticationTokenException", reply.ErrorType);
    }

    [Fact]
    public async Task Unknown_access_key_is_UnrecognizedClientException()
    {
        Http.AccessKeyId = "AKIDNOBODYKNOWS";

        var reply = await Http.SendAsync("GetInstances");

        Assert.Equal(400, reply.Status);
        Assert.Equal("UnrecognizedClientException", reply.ErrorType);
        Assert.Equal("The security token included in the request is invalid.", reply.ErrorMessage);
    }

    [Fact]
    public async Task Wrong_secret_is_InvalidSignatureException()
    {
        Http.SecretAccessKey = "not-the-secret";

        var reply = await Http.SendAsync("GetInstances");

        Assert.Equal("InvalidSignatureException", reply.ErrorType);
        Assert.StartsWith(Mismatch, reply.ErrorMessage);
    }

    [Fact]
    public async Task Body_changed_after_signing_is_refused()
    {
        var reply = await Http.SendAsync("CreateInstances", CreateBody(), null,
            signed => signed with { Body = Encoding.UTF8.GetBytes(CreateBody(names: "\"web-2\"")) });

        Assert.Equal("InvalidSignatureException", reply.ErrorType);
        Assert.Empty(Server.InstanceNames);
    }

    [Fact]
    public async Task Signed_header_changed_after_signing_is_refused()
    {
        var reply = await Http.SendAsync("GetInstances", "{}", null, signed =>
            signed with { Headers = new Dictionary<string, string>(signed.Headers) { ["x-amz-target"] = "Lightsail_20161128.GetRegions" } });

        Assert.Equal("InvalidSignatureException", reply.ErrorType);
    }

    [Fact]
    public async Task One_changed_signature_digit_is_refused()
    {
        var reply = await Http.SendAsync("GetInstances", "{}", null, signed =>
        {
            var last = signed.Authorization[^1];
            return signed with { Authorization = signed.Authorization[..^1] + (last == '0' ? '1' : '0') };
        });

        Assert.Equal("InvalidSignatureException", reply.ErrorType);
        Assert.StartsWith(Mismatch, reply.ErrorMessage);
    }

    [Fact]
    public async Task Content_sha256_header_that_lies_about_the_body_is_refused()
    {
        var reply = await Http.SendAsync("GetInstances", "{}",
            new Dictionary<string, string> { ["x-amz-content-sha256"] = new string('0', 64) });

        Assert.Equal("InvalidSignatureException", reply.ErrorType);
    }

    [Fact]
    public async Task Content_sha256_header_that_matches_is_accepted()
    {
        var reply = await Http.SendAsync("GetInstances", "{}",
            new Dictionary<string, string> { ["x-amz-content-sha256"] = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a" });

        Assert.Equal(200, reply.Status);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(-16)]
    public async Task Clock_skew_over_15_minutes_is_refused(int minutes)
    {
        Http.SigningSkew = TimeSpan.FromMinutes(minutes);

        var reply = await Http.SendAsync("GetInstances");

        Assert.Equal("InvalidSignatureException", reply.ErrorType);
        Assert.StartsWith(minutes > 0 ? "Signature not yet current:" : "Signature expired:", reply.ErrorMessage);
    }

    [Fact]
    public async Task Clock_skew_within_15_minutes_is_accepted()
    {
        Http.SigningSkew = TimeSpan.FromMinutes(-14);

        var reply = await Http.SendAsync("GetInstances");

        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task Scope_for_another_region_is_refused()
    {
        Http.Region = "eu-west-1";

        var reply = await Http.SendAsync("GetInstances");

        Assert.Equal("InvalidSignatureException", reply.ErrorType);
        Assert.Equal("Credential should be scoped to a valid region, not 'eu-west-1'.", reply.ErrorMessage);
    }

    [Fact]
    public async Task Scope_for_another_service_is_refused()
    {
        Http.Service = "ec2";

        var reply = await Http.SendAsync("GetInstances");

        Assert.Equal("InvalidSignatureException", reply.ErrorType);
        Assert.Equal("Credential should be scoped to correct service: 'lightsail'.", reply.ErrorMessage);
    }

    [Fact]
    public async Task Malformed_authorization_is_IncompleteSignatureException()
    {
        var reply = await Http.SendAsync("GetInstances", "{}", null, signed => signed with { Authorization = "AWS4-HMAC-SHA256 Credential=x" });

        Assert.Equal("IncompleteSignatureException", reply.ErrorType);
    }

    [Fact]
    public async Task Session_credentials_with_their_token_are_accepted()
    {
        Http.AccessKeyId = "ASIATEMPORARY";
        Http.SecretAccessKey = "temporary-secret";
        Http.SessionToken = "session-token-1";

        var reply = await Http.SendAsync("GetInstances");

        Assert.Equal(200, reply.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("another-token")]
    public async Task Session_credentials_without_their_token_are_refused(string? token)
    {
        Http.AccessKeyId = "ASIATEMPORARY";
        Http.SecretAccessKey = "temporary-secret";
        Http.SessionToken = token;

        var reply = await Http.SendAsync("GetInstances");

        Assert.Equal("UnrecognizedClientException", reply.ErrorType);
    }

    [Fact]
    public async Task A_token_on_long_term_credentials_is_refused()
    {
        Http.SessionToken = "made-up";

        var reply = await Http.SendAsync("GetInstances");

        Assert.Equal("UnrecognizedClientException", reply.ErrorType);
    }

    [Fact]
    public async Task Refused_requests_change_nothing()
    {
        Http.SecretAccessKey = "wrong";

        await Http.SendAsync("CreateInstances", CreateBody());

        Assert.Empty(Server.InstanceNames);
        Assert.Equal(1, Server.Stats.Count("CreateInstances"));
        Assert.Equal("InvalidSignatureException", Server.Stats.Requests.Single().ErrorType);
    }
}
