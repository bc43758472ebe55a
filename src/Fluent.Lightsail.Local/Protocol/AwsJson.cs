namespace Fluent.Lightsail.Local.Protocol;

/// <summary>The fixed facts of Lightsail's awsJson 1.1 protocol, as the official SDKs send it.</summary>
internal static class AwsJson
{
    public const string ContentType = "application/x-amz-json-1.1";

    public const string TargetHeader = "X-Amz-Target";

    public const string TargetPrefix = "Lightsail_20161128.";

    public const string RequestIdHeader = "x-amzn-RequestId";

    public const string ErrorTypeHeader = "x-amzn-ErrorType";

    public const string SigningName = "lightsail";
}
