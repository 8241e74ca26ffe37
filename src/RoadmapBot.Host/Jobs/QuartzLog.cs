using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RoadmapBot.Host.Jobs;

/// <summary>
/// Quartz's own log, as an operator needs it: each kind of line (its source and event) at most once a minute, with the
/// reason in place of the stack trace. While PostgreSQL is down Quartz's job store would otherwise write a stack trace
/// every second or two; its warnings and errors all come through here, none straight to the console.
/// </summary>
public sealed class QuartzLog(IServiceProvider services) : ILoggerProvider
{
    public const string Source = "Quartz";
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Category, int Event), (DateTimeOffset At, int Since)> _written = [];
    private ILogger? _output;

    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith(Source, StringComparison.Ordinal) ? new Summary(this, categoryName) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private void Write(string category, LogLevel level, EventId id, string message, Exception? e)
    {
        var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        int since;
        lock (_gate)
        {
            if (_written.TryGetValue((category, id.Id), out var last) && now - last.At < Every)
            {
                _written[(category, id.Id)] = last with { Since = last.Since + 1 };
                return;
            }
            _written[(category, id.Id)] = (now, 0);
            since = last.Since;
        }
        // Resolved at the first line, not in the constructor: the logger factory is built from this provider.
        _output ??= services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(QuartzLog).FullName!);
        // Some of Quartz's messages carry the exception's whole text, stack trace included: its first line says it.
        var line = message.Trim().Split('\n')[0].TrimEnd();
        var reason = Reason(e) is { } r && !line.Contains(r, StringComparison.Ordinal) ? $": {r}" : "";
        _output.Log(level, id, "{Source}: {Message}{Reason} ({Since} more like it since the last report; reported at most once a minute)",
            category[(category.LastIndexOf('.') + 1)..], line, reason, since);
    }

    // The innermost exception says what actually failed ("Failed to connect to 127.0.0.1:5432"), the outer ones where.
    private static string? Reason(Exception? e)
    {
        if (e is null) return null;
        while (e.InnerException is { } inner && inner is not System.Net.Sockets.SocketException) e = inner;
        return e.Message;
    }

    private sealed class Summary(QuartzLog owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) owner.Write(category, logLevel, eventId, formatter(state, null), exception);
        }
    }
}
