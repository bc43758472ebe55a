using Fluent.Lightsail.Local;

// `lightsail-local --port 4590` (installed with `dotnet tool install Fluent.Lightsail.Local.Tool`); in this repository
// `dotnet run --project src/Fluent.Lightsail.Local.Tool -- --port 4590`.
return await LocalCommandLine.Create().Parse(args).InvokeAsync();
