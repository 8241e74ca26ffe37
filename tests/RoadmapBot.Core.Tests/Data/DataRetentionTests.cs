using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Data;

/// <summary>Audit rows and wrong link codes go after 90 days, handled-update records once no platform can redeliver them.</summary>
public sealed class DataRetentionTests
{
    [Fact]
    public async Task Prune_RemovesAuditAndLinkAttemptsOlderThan90Days_AndOldHandledUpdates_KeepsTheRest()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendAsync("/timezone Europe/Berlin");
        var ct = TestContext.Current.CancellationToken;
        var now = bot.Time.GetUtcNow();
        await using (var db = bot.Db())
        {
            var member = await db.Members.SingleAsync(ct);
            db.Audit.AddRange(Audit(member, now.AddDays(-91)), Audit(member, now.AddDays(-89)));
            db.LinkAttempts.AddRange(new LinkAttempt { MemberId = member.Id, At = now.AddDays(-91) }, new LinkAttempt { MemberId = member.Id, At = now.AddDays(-89) });
            db.HandledUpdates.AddRange(new HandledUpdate { Key = "old", At = now - HandledUpdate.KeptFor - TimeSpan.FromHours(1) },
                new HandledUpdate { Key = "recent", At = now - HandledUpdate.KeptFor + TimeSpan.FromHours(1) });
            await db.SaveChangesAsync(ct);
        }
        var auditBefore = await Count(bot, db => db.Audit, ct);

        await bot.Service<DataRetention>().PruneAsync(ct);

        Assert.Equal(auditBefore - 1, await Count(bot, db => db.Audit, ct));
        await using var after = bot.Db();
        Assert.DoesNotContain(await after.Audit.Select(a => a.At).ToListAsync(ct), at => at < now.AddDays(-90));
        Assert.Equal([now.AddDays(-89)], await after.LinkAttempts.Select(a => a.At).ToListAsync(ct));
        Assert.Equal(["recent"], await after.HandledUpdates.Select(h => h.Key).ToListAsync(ct));
    }

    [Fact]
    public async Task Prune_RemovesInboxRowsHandledLongerAgoThanARedelivery_KeepsUnhandledAndRecentOnes()
    {
        await using var bot = await TestBot.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var now = bot.Time.GetUtcNow();
        var longAgo = now - HandledUpdate.KeptFor - TimeSpan.FromHours(1);
        await using (var db = bot.Db())
        {
            db.Inbox.AddRange(
                new InboxEntry { Key = "handled-long-ago", Lane = "c1", Payload = "", ReceivedAt = longAgo, HandledAt = longAgo },
                new InboxEntry { Key = "handled-recently", Lane = "c1", Payload = "", ReceivedAt = longAgo, HandledAt = now.AddHours(-1) },
                new InboxEntry { Key = "never-handled", Lane = "c2", Payload = "{}", ReceivedAt = longAgo });
            await db.SaveChangesAsync(ct);
        }

        await bot.Service<DataRetention>().PruneAsync(ct);

        await using var after = bot.Db();
        Assert.Equal(["handled-recently", "never-handled"], await after.Inbox.OrderBy(e => e.Key).Select(e => e.Key).ToListAsync(ct));
    }

    [Fact]
    public async Task DailyRun_PrunesOnceADay_AsTheClockMoves()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendAsync("/timezone Europe/Berlin");
        var ct = TestContext.Current.CancellationToken;
        var retention = bot.Service<DataRetention>();
        await retention.PruneIfDueAsync(ct);
        await using (var db = bot.Db())
        {
            db.HandledUpdates.Add(new HandledUpdate { Key = "a", At = bot.Time.GetUtcNow() });
            await db.SaveChangesAsync(ct);
        }

        bot.Time.Advance(HandledUpdate.KeptFor + TimeSpan.FromHours(1));
        Assert.True(await retention.PruneIfDueAsync(ct));
        Assert.False(await retention.PruneIfDueAsync(ct));  // already done today

        Assert.Equal(0, await Count(bot, db => db.HandledUpdates, ct));
    }

    private static AuditEntry Audit(Member member, DateTimeOffset at) =>
        new() { SpaceId = member.SpaceId, MemberId = member.Id, At = at, Kind = AuditKind.TimeZone, Command = "/timezone UTC" };

    private static async Task<int> Count<T>(TestBot bot, Func<RoadmapDbContext, IQueryable<T>> rows, CancellationToken ct)
    {
        await using var db = bot.Db();
        return await rows(db).CountAsync(ct);
    }
}
