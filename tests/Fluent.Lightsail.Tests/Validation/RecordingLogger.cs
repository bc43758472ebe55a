using Microsoft.Extensions.Logging;

namespace Fluent.Lightsail.Tests.Validation;

/// <summary>An <see cref="ILogger"/> that keeps what it is given, as a logging provider would write it.</summary>
internal sealed class RecordingLogger(LogLevel minimum = LogLevel.Trace) : ILogger
{
    public List<(LogLevel Level, EventId Event, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Entries.Add((logLevel, eventId, formatter(state, exception)));
        }
    }
}
