using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Data;

/// <summary>Items stored before they had a calendar identity keep the UIDs their subscriptions know.</summary>
public sealed class ItemCalendarIdMigrationTests
{
    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Migrate_ItemsStoredBefore_KeepTheUidMadeFromTheirKey(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.FourWeeks);
        var member = await bot.MemberAsync("me");
        await using var db = bot.Db();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("ProgressFromFile", ct);  // the database as the release before kept it, items and all

        await migrator.MigrateAsync(cancellationToken: ct);

        var items = await db.Items.AsNoTracking().ToListAsync(ct);
        Assert.Equal(12, items.Count);
        Assert.All(items, i => Assert.Equal($"{member.Id}-{i.Key}@roadmapbot", CalendarUid.Of(member.Id, i.CalendarId, "bot.example.org")));
    }
}
