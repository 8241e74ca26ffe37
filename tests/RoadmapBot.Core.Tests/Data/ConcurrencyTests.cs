using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Data;

public sealed class ConcurrencyTests
{
    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task ParallelCommandsFromManyMembers_LoseNoUpdate(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        var users = Enumerable.Range(1, 8).Select(i => $"user{i}").ToList();

        // Every member's first message races to create them; then each marks items and logs at once.
        var commands = new[] { "/done t1", "/done t2 t3", "/log sql 1", "/log sql 2", "/done t1", "/log project 1" };
        await Task.WhenAll(users.SelectMany(u => commands.Select(c => Task.Run(() => Send(bot, c, u)))));

        await using var db = bot.Db();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(users.Count + 1, await db.Members.CountAsync(ct));
        Assert.Equal(users.Count * 3, await db.MetricLogs.CountAsync(ct));
        Assert.Equal(users.Count * 3.0, (await db.MetricLogs.Where(l => l.Metric == "sql").ToListAsync(ct)).Sum(l => l.Amount));
        var progress = await db.Progress.Where(p => p.ItemKey != "t6").ToListAsync(ct); // t6: the importer's [x] from the file
        Assert.Equal(users.Count * 3, progress.Count);
        Assert.All(progress, p => Assert.Equal(ItemStatus.Done, p.Status));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task SameMemberSameItemInParallel_KeepsOneRow(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);

        var replies = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => Send(bot, "/done t4", "me"))));

        Assert.All(replies, r => Assert.DoesNotContain("Something went wrong", r));
        await using var db = bot.Db();
        Assert.Equal(1, await db.Progress.CountAsync(p => p.ItemKey == "t4", TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task SameMemberOnTwoNodesAtOnce_BothLogsCount_LastStatusWins_BothAudited(StorageProvider provider)
    {
        await using var first = await TestBot.StartAsync(provider);
        await using var second = await first.SecondNodeAsync();
        await first.ImportAsync(TestRoadmaps.Mini);
        var items = new[] { "t1", "t2", "t3", "t4", "t5" };

        // Each round the same member's two commands reach the two nodes at once.
        foreach (var key in items)
        {
            await Task.WhenAll(
                Task.Run(() => Send(first, "/log sql 1", "me")),
                Task.Run(() => Send(second, "/log sql 2", "me")),
                Task.Run(() => Send(first, $"/blocked {key}", "me")),
                Task.Run(() => Send(second, $"/done {key}", "me")));
        }

        await using var db = first.Db();
        var ct = TestContext.Current.CancellationToken;
        var logs = await db.MetricLogs.Where(l => l.Metric == "sql").ToListAsync(ct);
        Assert.Equal(items.Length * 2, logs.Count);
        Assert.Equal(items.Length * 3.0, logs.Sum(l => l.Amount));
        var audit = await db.Audit.Where(a => a.Kind == AuditKind.ItemProgress).ToListAsync(ct);
        foreach (var key in items)
        {
            // Both changes are audited once. The item had no row, so the loser of the insert race runs again after the
            // winner committed: the later audit entry is the later commit, and the row holds what it set.
            var blocked = Assert.Single(audit, a => a.Command == $"/blocked {key}");
            var done = Assert.Single(audit, a => a.Command == $"/done {key}");
            var row = await db.Progress.SingleAsync(p => p.ItemKey == key, ct);
            Assert.Equal(done.Id > blocked.Id ? ItemStatus.Done : ItemStatus.Blocked, row.Status);
        }
    }

    private static async Task<string> Send(TestBot bot, string text, string user)
    {
        var group = user != "me";
        var replies = await bot.Engine.HandleAsync(new ChatMessage(ChatPlatform.Console, group ? "club" : "me", group, user, user, text), TestContext.Current.CancellationToken);
        return string.Join("\n", replies.Select(r => r.ToPlainText()));
    }
}
