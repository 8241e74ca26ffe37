using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Tests.Commands;
using RoadmapBot.Core.Tests.Reminders;

namespace RoadmapBot.Core.Tests.Data;

/// <summary>migrate-data: a SQLite database copied into an empty PostgreSQL one answers as before.</summary>
public sealed class DatabaseCopyTests
{
    private static readonly string[] Questions = ["/progress", "/streak", "/export md", "/today", "/review"];

    [Fact]
    public async Task Copy_SeededSqliteWithProgressLogsReviewsAndLinks_AnswersTheSameOnPostgreSql()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sqlite = await TestStore.CreateAsync(StorageProvider.Sqlite);
        await using var postgres = await TestStore.CreateAsync(StorageProvider.PostgreSql, migrated: false);
        var before = await TestBot.StartAsync(sqlite);
        await MessageBench.ImportSeedAsync(before, "000");
        foreach (var command in new[] { "/done t1", "/done t2", "/log sql 4", "/review 1 shipped the ETL project", "/blocked t3 waiting for data" })
            await before.SendAsync(command);
        before.Time.Advance(TimeSpan.FromDays(1));
        await before.SendAsync("/log sql 2");
        await LinkAsync(before);
        var expected = await AnswersAsync(before);
        await before.StopAsync();

        var result = await DatabaseCopy.SqliteToPostgreSqlAsync(sqlite.SqlitePath, postgres.PostgreSql!, ct);

        Assert.Null(result.Refusal);
        await using var after = await TestBot.StartAsync(postgres);
        after.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", after.Db().Database.ProviderName);
        Assert.Equal(expected, await AnswersAsync(after));
        Assert.Contains(result.Tables, t => t.Table == "MetricLogs" && t.Rows == 2);
        Assert.Contains(result.Tables, t => t.Table == "ReviewAnswers" && t.Rows == 1);
        // Ids go on after the copied ones: a new row neither collides nor reuses an id.
        await after.SendAsync("/log sql 1");
        await using var db = after.Db();
        Assert.Equal(3, await db.MetricLogs.Select(l => l.Id).Distinct().CountAsync(ct));
        // The planner knows the copied rows: without statistics it plans for empty tables (scans) until autovacuum comes by.
        var unanalysed = await db.Database.SqlQueryRaw<string>(
            "SELECT relname AS \"Value\" FROM pg_stat_user_tables WHERE n_live_tup > 0 AND last_analyze IS NULL AND last_autoanalyze IS NULL").ToListAsync(ct);
        Assert.Empty(unanalysed);
    }

    [Fact]
    public async Task Copy_IntoANonEmptyPostgreSqlDatabase_IsRefusedAndChangesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sqlite = await TestStore.CreateAsync(StorageProvider.Sqlite);
        var source = await TestBot.StartAsync(sqlite);
        await source.ImportAsync(TestRoadmaps.Mini);
        await source.StopAsync();
        await using var target = await TestBot.StartAsync(StorageProvider.PostgreSql);
        await target.ImportAsync(TestRoadmaps.Mini, "other");

        var result = await DatabaseCopy.SqliteToPostgreSqlAsync(sqlite.SqlitePath, TargetOf(target), ct);

        Assert.NotNull(result.Refusal);
        Assert.Contains("not empty", result.Refusal);
        await using var db = target.Db();
        Assert.Equal("other", Assert.Single(await db.Spaces.ToListAsync(ct)).ExternalId);
    }

    private static string TargetOf(TestBot bot) => bot.Db().Database.GetConnectionString()!;

    private static async Task LinkAsync(TestBot bot)
    {
        var code = System.Text.RegularExpressions.Regex.Match(await bot.SendAsync("/link"), "[A-Z2-9]{4}-[A-Z2-9]{4}").Value;
        var message = new ChatMessage(ChatPlatform.Discord, "d-me", false, "d-me", "Me", "/link " + code);
        var reply = Assert.Single(await bot.Engine.HandleAsync(message, TestContext.Current.CancellationToken)).ToPlainText();
        Assert.StartsWith("Linked", reply);
    }

    private static async Task<List<string>> AnswersAsync(TestBot bot)
    {
        var answers = new List<string>();
        foreach (var question in Questions)
            answers.Add(await bot.SendAsync(question));
        var linked = new ChatMessage(ChatPlatform.Discord, "d-me", false, "d-me", "Me", "/progress");
        answers.Add(Assert.Single(await bot.Engine.HandleAsync(linked, TestContext.Current.CancellationToken)).ToPlainText());
        return answers;
    }
}
