using System.Text.Json;
using Fluent.Lightsail.Reliability.Worker;

// Runs one caller process of the network fault or ensure tests and writes its call records, as JSON, to the last argument.
var settings = RunSettings.Parse(args[..^1]);
var json = settings.Kind switch
{
    CallKind.Ensure => JsonSerializer.Serialize(await NetworkEnsureRun.RunAsync(settings, CancellationToken.None), NetworkCreateRun.JsonOptions),
    _ => JsonSerializer.Serialize(await NetworkCreateRun.RunAsync(settings, CancellationToken.None), NetworkCreateRun.JsonOptions),
};
await File.WriteAllTextAsync(args[^1], json);
return 0;
