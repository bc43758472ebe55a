using System.Text.Json;
using Fluent.Lightsail.Reliability.Worker;

// Runs one caller process of the network fault test and writes its call records, as JSON, to the last argument.
var settings = RunSettings.Parse(args[..^1]);
var records = await NetworkCreateRun.RunAsync(settings, CancellationToken.None);
await File.WriteAllTextAsync(args[^1], JsonSerializer.Serialize(records, NetworkCreateRun.JsonOptions));
return 0;
