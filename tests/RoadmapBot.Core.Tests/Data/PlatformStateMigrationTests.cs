using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Tests.Data;

public sealed class PlatformStateMigrationTests
{
    [Fact]
    public async Task Migrate_FromTelegramStates_KeepsTheTelegramPollingPosition()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(Path.GetTempPath(), $"roadmapbot-platformstate-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<RoadmapDbContext>().UseSqlite(SqliteConnectionStrings.For(path)).Options;
        await using var db = new RoadmapDbContext(options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("Issue13HandledUpdates", ct);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"TelegramStates\" (\"BotId\", \"LastUpdateId\") VALUES (42, 1234);", ct);

        await migrator.MigrateAsync(cancellationToken: ct);

        var state = Assert.Single(await db.PlatformStates.ToListAsync(ct));
        Assert.Equal((ChatPlatform.Telegram, 42L, 1234L), (state.Platform, state.BotId, state.LastUpdateId));
    }
}
