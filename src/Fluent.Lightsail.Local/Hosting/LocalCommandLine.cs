using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Fluent.Lightsail.Local;

/// <summary>The command line of the standalone endpoint; prints where it listens and what it accepts, runs until Ctrl+C.</summary>
public static class LocalCommandLine
{
    public static RootCommand Create()
    {
        var port = new Option<int>("--port") { Description = "TCP port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 4590 };
        var accessKey = new Option<string>("--access-key") { Description = "Access key ID requests must be signed with", DefaultValueFactory = _ => LocalLightsailOptions.DefaultAccessKeyId };
        var secretKey = new Option<string>("--secret-key") { Description = "Secret access key requests must be signed with", DefaultValueFactory = _ => LocalLightsailOptions.DefaultSecretAccessKey };
        var sessionToken = new Option<string?>("--session-token") { Description = "Session token requests must carry (temporary credentials)" };
        var region = new Option<string>("--region") { Description = "Region served (signing scope and zones)", DefaultValueFactory = _ => "us-east-1" };
        var delay = new Option<TimeSpan>("--operation-delay")
        {
            Description = "Time from an operation's creation to Succeeded, e.g. 500ms, 2s, 1m",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(2),
            CustomParser = ParseDuration,
        };
        var publicIpDelay = new Option<TimeSpan>("--public-ip-delay")
        {
            Description = "Time from an instance's running state to its public IP address, e.g. 1s",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(1),
            CustomParser = ParseDuration,
        };
        var pageSize = new Option<int>("--page-size") { Description = "Instances per GetInstances page", DefaultValueFactory = _ => LocalLightsailOptions.DefaultPageSize };
        var quiet = new Option<bool>("--quiet") { Description = "Do not print a line per request" };

        var command = new RootCommand("A local AWS Lightsail endpoint on 127.0.0.1 for tests and samples.")
        {
            port, accessKey, secretKey, sessionToken, region, delay, publicIpDelay, pageSize, quiet,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new LocalLightsailOptions
            {
                Port = result.GetValue(port),
                AccessKeyId = result.GetValue(accessKey)!,
                SecretAccessKey = result.GetValue(secretKey)!,
                SessionToken = result.GetValue(sessionToken),
                Region = result.GetValue(region)!,
                OperationDelay = result.GetValue(delay),
                PublicIpDelay = result.GetValue(publicIpDelay),
                PageSize = result.GetValue(pageSize),
            };
            if (!result.GetValue(quiet))
            {
                options.OnRequest = request => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{request.ReceivedAt:HH:mm:ss.fff} {request.Operation,-16} {request.StatusCode} {request.ErrorType}{(request.Fault is { } f ? " fault=" + f : string.Empty)}"));
            }

            LocalLightsailServer server;
            try
            {
                server = await LocalLightsailServer.StartAsync(options, cancellationToken);
            }
            catch (Exception e) when (e is ArgumentException or IOException)
            {
                // Bad options and busy ports are user errors: say so in one line, not with a stack trace.
                await Console.Error.WriteLineAsync($"Cannot start the local Lightsail endpoint: {e.Message}");
                return 1;
            }

            await using var started = server;
            Console.WriteLine($"Local Lightsail endpoint: {server.Endpoint}");
            Console.WriteLine($"  region:            {server.Region}");
            Console.WriteLine($"  access key ID:     {server.AccessKeyId}");
            Console.WriteLine($"  secret access key: {server.SecretAccessKey}");
            if (server.SessionToken is not null)
            {
                Console.WriteLine($"  session token:     {server.SessionToken}");
            }

            Console.WriteLine($"  operation delay:   {options.OperationDelay}");
            Console.WriteLine($"  public IP delay:   {options.PublicIpDelay}");
            Console.WriteLine("Press Ctrl+C to stop.");

            // Own signal handling: under the web host the parser's token alone does not fire for SIGTERM/SIGINT, and
            // a host that ignores Ctrl+C is worse than none.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("Stopping.");
            }

            return 0;

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }

    private static TimeSpan ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (Durations.TryParse(text, out var value))
        {
            return value;
        }

        result.AddError($"'{text}' is not a duration; use 500ms, 2s, 1m or hh:mm:ss.");
        return default;
    }
}
