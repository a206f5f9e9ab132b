using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>Keeps every log line the host writes, so tests can check what is logged (and what never is).</summary>
public sealed class RecordingLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogLine(category, logLevel, eventId.Id, formatter(state, exception), exception));
    }
}

public sealed record LogLine(string Category, LogLevel Level, int EventId, string Message, Exception? Exception);
