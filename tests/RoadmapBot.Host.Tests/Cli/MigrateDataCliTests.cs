namespace RoadmapBot.Host.Tests.Cli;

/// <summary><c>roadmapbot migrate-data --from FILE.db</c> as a user runs it, into the PostgreSQL of RoadmapBot__PostgreSql.</summary>
public sealed class MigrateDataCliTests
{
    [Fact]
    public async Task MigrateData_FromAChattedFile_CopiesItAndTheBotAnswersFromPostgreSql()
    {
        await using var sqlite = await TestStore.CreateAsync(StorageProvider.Sqlite);
        await using var postgres = await TestStore.CreateAsync(StorageProvider.PostgreSql, migrated: false);
        var seed = Seeds.Path("000");
        var chat = await RoadmapBotProcess.RunAsync(["chat", "--db", sqlite.SqlitePath, "--clock", "2026-01-15T09:00:00Z", $"/import {seed}", "/done t1", "/log sql 4", "/progress"]);
        Assert.Equal(0, chat.Code);
        var env = new Dictionary<string, string> { ["RoadmapBot__PostgreSql"] = postgres.PostgreSql! };

        var migrate = await RoadmapBotProcess.RunAsync(["migrate-data", "--from", sqlite.SqlitePath], environment: env);
        var again = await RoadmapBotProcess.RunAsync(["migrate-data", "--from", sqlite.SqlitePath], environment: env);
        var progress = await RoadmapBotProcess.RunAsync(["chat", "--clock", "2026-01-15T09:00:00Z", "/progress"], environment: env);

        Assert.Equal(0, migrate.Code);
        Assert.Contains("MetricLogs: 1 row", migrate.Stdout);
        Assert.Equal(1, again.Code);
        Assert.Contains("not empty", again.Stderr);
        Assert.Equal(0, progress.Code);
        Assert.Contains(LastAnswer(chat.Stdout), progress.Stdout);
    }

    [Fact]
    public async Task MigrateData_WithoutPostgreSqlConfigured_SaysWhatIsMissing()
    {
        var result = await RoadmapBotProcess.RunAsync(["migrate-data", "--from", "nowhere.db"]);

        Assert.Equal(2, result.Code);
        Assert.Contains("RoadmapBot__PostgreSql", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    // The /progress answer: the chat prints each reply after the command it answers.
    private static string LastAnswer(string stdout) => stdout[stdout.LastIndexOf("Progress:", StringComparison.Ordinal)..].Split('\n')[0];
}
