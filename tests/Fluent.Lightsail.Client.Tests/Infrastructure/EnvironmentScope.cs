namespace Fluent.Lightsail.Client.Tests.Infrastructure;

/// <summary>
/// Sets process environment variables for one test and puts the previous values back afterwards, so that the
/// variables CI exports (for example <c>AWS_ENDPOINT_URL</c> pointing at a dead loopback port) hold again for the
/// tests that follow.
/// </summary>
public sealed class EnvironmentScope : IDisposable
{
    private readonly Dictionary<string, string?> _saved = new(StringComparer.Ordinal);

    public EnvironmentScope(params (string Name, string? Value)[] variables)
    {
        foreach (var (name, value) in variables)
        {
            Set(name, value);
        }
    }

    public void Set(string name, string? value)
    {
        if (!_saved.ContainsKey(name))
        {
            _saved[name] = Environment.GetEnvironmentVariable(name);
        }

        Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
