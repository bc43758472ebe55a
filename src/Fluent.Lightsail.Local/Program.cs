using Fluent.Lightsail.Local;

// The standalone local Lightsail endpoint: `dotnet run --project src/Fluent.Lightsail.Local -- --port 4590`.
return await LocalCommandLine.Create().Parse(args).InvokeAsync();
