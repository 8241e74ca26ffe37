using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>
/// Records what EF Core tells its logger about the database while <see cref="Recording"/> is on: every command executed
/// (its SQL), every connection opened, every transaction begun or committed and every SaveChanges call, in order.
/// </summary>
internal sealed class DatabaseCommandLog : ILoggerProvider
{
    private static readonly Dictionary<int, string> Events = new()
    {
        [RelationalEventId.CommandExecuted.Id] = "command",
        [RelationalEventId.ConnectionOpened.Id] = "open",
        [RelationalEventId.TransactionStarted.Id] = "begin",
        [RelationalEventId.TransactionCommitted.Id] = "commit",
        [CoreEventId.SaveChangesStarting.Id] = "save",
    };

    private readonly ConcurrentQueue<(string Kind, string Text)> _entries = new();

    public bool Recording { get; set; }

    /// <summary>The recorded entries of <paramref name="kind"/> ("command", "open", "begin", "commit", "save"), as logged.</summary>
    public IReadOnlyList<string> Of(string kind) => [.. _entries.Where(e => e.Kind == kind).Select(e => e.Text)];

    /// <summary>Everything recorded, one line each, for a failure message.</summary>
    public string Describe() => string.Join("\n", _entries.Select(e => $"{e.Kind}: {e.Text}"));

    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(DatabaseCommandLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (log.Recording && Events.TryGetValue(eventId.Id, out var kind))
                log._entries.Enqueue((kind, formatter(state, exception)));
        }
    }
}
