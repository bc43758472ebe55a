namespace Fluent.Lightsail.Integration.Tests.Conformance.Support;

/// <summary>How an external client process ended.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
