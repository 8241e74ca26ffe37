using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>What one /done costs the database once the engine is warm (the member known, the roadmap's view cached).</summary>
public sealed class DoneDatabaseCommandsTests
{
    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task WarmDone_ReadsTheMemberAndTheirProgressOnce_AndWritesItsThreeRowsInOneTransaction(StorageProvider provider)
    {
        var (log, reply) = await SecondDoneAsync(provider);

        Assert.Contains("Progress: 2/6 done", reply);
        TestContext.Current.TestOutputHelper?.WriteLine(log.Describe());
        Assert.Single(log.Of("open"));
        Assert.Single(log.Of("begin"));
        Assert.Single(log.Of("commit"));
        // The member with their space, roadmap stamp, re-plan flag and delivery check; their progress rows; then the audit
        // entry, the handled update and the progress row: one command each on SQLite, one batch of three with Npgsql.
        var writes = provider == StorageProvider.PostgreSql ? 1 : 3;
        Assert.True(log.Of("command").Count == 2 + writes, log.Describe());
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task WarmDone_ByAMemberWhoseNameAndRoleDidNotChange_SavesOnlyTheCommandsRows(StorageProvider provider)
    {
        var (log, _) = await SecondDoneAsync(provider);

        // The member read finds nothing to update, so the only SaveChanges is the one that writes the three rows.
        Assert.True(log.Of("save").Count == 1, log.Describe());
    }

    // Ann's second /done in a group, with a platform delivery key: what the engine did for it, and its reply.
    private static async Task<(DatabaseCommandLog Log, string Reply)> SecondDoneAsync(StorageProvider provider)
    {
        var log = new DatabaseCommandLog();
        await using var bot = await TestBot.StartAsync(await TestStore.CreateAsync(provider), logs: log);
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        await DoneAsync(bot, "/done t1", "update:1");

        log.Recording = true;
        var reply = await DoneAsync(bot, "/done t2", "update:2");
        log.Recording = false;
        return (log, reply);
    }

    private static async Task<string> DoneAsync(TestBot bot, string text, string deliveryKey)
    {
        var message = new ChatMessage(ChatPlatform.Console, "club", true, "ann", "Ann", text) { DeliveryKey = deliveryKey };
        return Assert.Single(await bot.Engine.HandleAsync(message, TestContext.Current.CancellationToken)).ToPlainText();
    }
}
