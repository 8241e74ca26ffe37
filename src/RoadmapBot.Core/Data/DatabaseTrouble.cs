using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace RoadmapBot.Core.Data;

/// <summary>
/// A database that cannot be used right now (locked past the busy timeout, disk full, a read error) is a passing
/// problem, not a bug: callers answer or back off and go on, and it is logged at most once a minute for each place and
/// kind of problem, not per message.
/// </summary>
public sealed class DatabaseTrouble(TimeProvider time, ILogger<DatabaseTrouble> logger)
{
    public const string Answer = "I couldn't save that — try again in a minute.";

    /// <summary>For storage that refuses every write: waiting does not help, so the member is told who has to act.</summary>
    public const string StuckAnswer = "I couldn't save that, and trying again won't help: the bot can't write to its storage. Nothing was saved — please tell whoever runs the bot.";

    private static readonly TimeSpan LogEvery = TimeSpan.FromMinutes(1);

    // SQLite's primary result codes for a database that is busy, locked, full, unreadable or not writable.
    private static readonly HashSet<int> Codes =
    [
        5 /* BUSY */, 6 /* LOCKED */, 8 /* READONLY */, 10 /* IOERR */, 11 /* CORRUPT */, 13 /* FULL */, 14 /* CANTOPEN */, 26 /* NOTADB */,
    ];

    // Those that stay until someone fixes the file or the disk: read-only, full, corrupt, not a database. A file that
    // cannot be opened may be a mount coming back, so it stays a passing problem.
    private static readonly HashSet<int> LastingCodes = [8, 11, 13, 26];

    // PostgreSQL's SQLSTATEs for a server that refuses writes (a standby, default_transaction_read_only) and a full disk.
    private const string ReadOnlyState = "25006";
    private const string DiskFullState = "53100";

    private readonly Lock _gate = new();

    // When each kind of problem in each place was last logged, and how many came since: a command's report never silences a tick's.
    private readonly Dictionary<(string Where, string Kind), (DateTimeOffset At, int Since)> _reported = [];

    /// <summary>
    /// True when <paramref name="e"/> (or what it wraps) is the database being unavailable: SQLite's codes above, or on
    /// PostgreSQL a server that cannot be reached, is shutting down, is out of resources or refuses writes.
    /// </summary>
    public static bool Is(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            switch (e)
            {
                case SqliteException sqlite when Codes.Contains(sqlite.SqliteErrorCode & 0xFF):
                    return true;
                case SqliteException:
                    return false;
                // A server's answer is judged by its SQLSTATE alone: a deadlock is "transient" too, but the command retries it.
                case DbException { SqlState: { } state }:
                    return state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
                        || state.StartsWith("57P", StringComparison.Ordinal) || state == ReadOnlyState;
                case DbException { IsTransient: true }:  // no answer at all: refused, timed out, cut off
                    return true;
            }
        return false;
    }

    /// <summary>True when another connection holds the database's lock: it passes once that write ends.</summary>
    public static bool IsBusy(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is SqliteException sqlite && (sqlite.SqliteErrorCode & 0xFF) is 5 or 6)
                return true;
        return false;
    }

    /// <summary>True when waiting will not help: the database refuses writes until an operator fixes the file or the disk.</summary>
    public static bool Lasts(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            switch (e)
            {
                case SqliteException sqlite:
                    return LastingCodes.Contains(sqlite.SqliteErrorCode & 0xFF);
                case DbException { SqlState: ReadOnlyState or DiskFullState }:
                    return true;
            }
        return false;
    }

    /// <summary>What the member is told when <paramref name="e"/> stopped their command: try again, or that an operator has to act.</summary>
    public static string AnswerFor(Exception e) => Lasts(e) ? StuckAnswer : Answer;

    /// <summary>
    /// Logs the problem unless the same kind of problem in the same place was logged less than a minute ago; then it is
    /// only counted, and the next line says how many came since.
    /// </summary>
    public void Report(Exception e, string where)
    {
        var key = (where, Kind(e));
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_reported.TryGetValue(key, out var last) && now - last.At < LogEvery)
            {
                _reported[key] = last with { Since = last.Since + 1 };
                return;
            }
            _reported[key] = (now, 0);
            logger.LogError("Database problem in {Where}: {Reason} ({Since} more like it since the last report; reported at most once a minute)",
                where, Reason(e), last.Since);
        }
    }

    // The kind of problem: SQLite's primary result code, the SQLSTATE of other providers, else the exception's type.
    private static string Kind(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
            switch (inner)
            {
                case SqliteException sqlite:
                    return $"sqlite:{sqlite.SqliteErrorCode & 0xFF}";
                case DbException { SqlState: { } state }:
                    return state;
            }
        return e.GetType().Name;
    }

    /// <summary>The database's own words for the problem, without a stack trace (Npgsql's carry no password).</summary>
    public static string Reason(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
            if (inner is DbException db)
                return db.Message;
        return e.Message;
    }
}
