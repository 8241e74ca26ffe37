using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using RoadmapBot.Core.Data;
using RoadmapBot.Tests;

namespace RoadmapBot.Core.Tests.Data;

/// <summary>What a member is told when the database stops their command: try again for what passes, the truth for what lasts.</summary>
public sealed class DatabaseTroubleTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"roadmapbot-trouble-{Guid.NewGuid():N}.db");

    public DatabaseTroubleTests()
    {
        using var setup = Open("");
        Run(setup, "PRAGMA journal_mode=WAL; CREATE TABLE t(x BLOB);");
    }

    [Fact]
    public void Answer_ForAReadOnlyDatabase_SaysNothingWasSavedAndThatAnOperatorMustAct()
    {
        using var readOnly = Open(";Mode=ReadOnly");

        var e = Assert.Throws<SqliteException>(() => Run(readOnly, "INSERT INTO t VALUES (1)"));

        Assert.Equal(8, e.SqliteErrorCode);
        Assert.Equal(DatabaseTrouble.StuckAnswer, DatabaseTrouble.AnswerFor(e));
    }

    [Fact]
    public void Answer_ForAFullDatabase_SaysNothingWasSavedAndThatAnOperatorMustAct()
    {
        using var full = Open("");
        // The file may not grow: what a full disk does to a write that needs a new page.
        Run(full, "PRAGMA max_page_count = 3; INSERT INTO t VALUES (zeroblob(4096))");

        var e = Assert.Throws<SqliteException>(() => Run(full, "INSERT INTO t VALUES (zeroblob(65536))"));

        Assert.Equal(13, e.SqliteErrorCode);
        Assert.Equal(DatabaseTrouble.StuckAnswer, DatabaseTrouble.AnswerFor(e));
        Assert.DoesNotContain("SQLite", DatabaseTrouble.StuckAnswer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Nothing was saved", DatabaseTrouble.StuckAnswer, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_ForADatabaseLockedByAnotherWrite_SaysTryAgain()
    {
        using var holder = Open("");
        Run(holder, "BEGIN IMMEDIATE");
        using var other = Open(";Default Timeout=1");

        var e = Assert.Throws<SqliteException>(() => Run(other, "INSERT INTO t VALUES (1)"));

        Assert.Equal(5, e.SqliteErrorCode);
        Assert.Equal(DatabaseTrouble.Answer, DatabaseTrouble.AnswerFor(e));
    }

    [Fact]
    public async Task PostgreSqlThatCannotBeReached_IsDatabaseTrouble_ThatPasses()
    {
        using var socket = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        socket.Start();
        var port = ((System.Net.IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();  // nothing listens there now: what a stopped server answers
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=bot;Password=secret;Timeout=3");

        var e = await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync(TestContext.Current.CancellationToken));

        Assert.True(DatabaseTrouble.Is(new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", e)));
        Assert.Equal(DatabaseTrouble.Answer, DatabaseTrouble.AnswerFor(e));
        Assert.StartsWith("Failed to connect to 127.0.0.1:", DatabaseTrouble.Reason(new InvalidOperationException("wrapped", e)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("25006", true, true)]  // read-only: a standby, or default_transaction_read_only
    [InlineData("53100", true, true)]  // disk full
    [InlineData("57P01", true, false)]  // the server is shutting down
    [InlineData("53300", true, false)]  // too many connections
    [InlineData("40P01", false, false)]  // a deadlock: the command runs again, no trouble to report
    [InlineData("23505", false, false)]  // a unique violation: a race the command handles
    public void PostgreSqlAnswer_IsJudgedByItsSqlState(string state, bool trouble, bool lasts)
    {
        var e = new Microsoft.EntityFrameworkCore.DbUpdateException("saving failed", new PostgresException("refused", "ERROR", "ERROR", state));

        Assert.Equal((trouble, lasts), (DatabaseTrouble.Is(e), DatabaseTrouble.Lasts(e)));
    }

    [Fact]
    public void Report_OfACommand_LeavesTheReminderTickItsOwnLine_AndEachRepeatsAtMostOnceAMinute()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var logs = new CapturedLogs();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var trouble = new DatabaseTrouble(time, factory.CreateLogger<DatabaseTrouble>());
        var full = new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
        var locked = new SqliteException("SQLite Error 5: 'database is locked'.", 5);

        trouble.Report(full, "a command");
        trouble.Report(full, "the reminder tick");  // the 08:00 kickoff failing seconds after a /done did
        trouble.Report(full, "the reminder tick");
        trouble.Report(locked, "the reminder tick");  // another kind of problem in the same place
        time.Advance(TimeSpan.FromMinutes(1));
        trouble.Report(full, "the reminder tick");

        Assert.Equal(
        [
            "Database problem in a command: SQLite Error 13: 'database or disk is full'. (0 more like it",
            "Database problem in the reminder tick: SQLite Error 13: 'database or disk is full'. (0 more like it",
            "Database problem in the reminder tick: SQLite Error 5: 'database is locked'. (0 more like it",
            "Database problem in the reminder tick: SQLite Error 13: 'database or disk is full'. (1 more like it",
        ], logs.Lines.Select(l => l.Line.Split("DatabaseTrouble: ")[1].Split(" since the last report")[0]));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(file);
    }

    private SqliteConnection Open(string options)
    {
        var connection = new SqliteConnection($"Data Source={_path};Pooling=False{options}");
        connection.Open();
        return connection;
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
