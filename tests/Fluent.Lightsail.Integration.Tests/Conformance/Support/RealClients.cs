namespace Fluent.Lightsail.Integration.Tests.Conformance.Support;

/// <summary>
/// The conformance tests need boto3 and the AWS CLI. When they are missing the tests FAIL with this hint; they
/// never skip, so a CI without the clients cannot pass by testing nothing.
/// </summary>
public static class RealClients
{
    public const string InstallHint =
        "The real-client conformance tests need python3 with boto3 and the AWS CLI: apt-get install awscli python3-boto3 (or pip install boto3 awscli).";

    private static readonly Lazy<Task<string?>> Boto3Problem = new(() => ProbeAsync("python3", ["-c", "import boto3, botocore; print(boto3.__version__)"]));

    private static readonly Lazy<Task<string?>> AwsCliProblem = new(() => ProbeAsync("aws", ["--version"]));

    public static async Task RequireBoto3Async()
    {
        if (await Boto3Problem.Value is { } problem)
        {
            Assert.Fail($"boto3 is not usable: {problem}\n{InstallHint}");
        }
    }

    public static async Task RequireAwsCliAsync()
    {
        if (await AwsCliProblem.Value is { } problem)
        {
            Assert.Fail($"The AWS CLI is not usable: {problem}\n{InstallHint}");
        }
    }

    private static async Task<string?> ProbeAsync(string fileName, string[] arguments)
    {
        try
        {
            var result = await ExternalProcess.RunAsync(fileName, arguments,
                new ClientCredentials("AKIDPROBE", "probe", "us-east-1"), timeout: TimeSpan.FromSeconds(60));
            return result.ExitCode == 0 ? null : result.ToString();
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }
}
