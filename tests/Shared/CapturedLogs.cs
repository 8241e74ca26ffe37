using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RoadmapBot.Tests;

/// <summary>Every log line the bot writes, at every level, with exceptions: what an operator would see; linked into every test project.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Line)> _lines = new();

    public IReadOnlyList<(LogLevel Level, string Line)> Lines => [.. _lines];

    public string All => string.Join("\n", _lines.Select(l => l.Line));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue((logLevel, $"{logLevel} {category}: {formatter(state, exception)} {exception}"));
    }
}
