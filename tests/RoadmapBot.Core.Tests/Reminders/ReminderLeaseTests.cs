using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Tests;

namespace RoadmapBot.Core.Tests.Reminders;

/// <summary>The SQLite lease on its own: given back on a clean stop without ever failing the stop.</summary>
public sealed class ReminderLeaseTests
{
    [Fact]
    public async Task Release_WhenTheDatabaseRefusesTheWrite_LogsOneLineAndStopsCleanly()
    {
        await using var rig = await ReminderRig.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var contexts = new SwitchableContexts(rig.Store.SqlitePath);
        using var logs = new CapturedLogs();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var time = new FakeTimeProvider(ReminderRig.MondayMorning);
        var lease = new ReminderLease(contexts, time, Options.Create(new RoadmapBotOptions { Database = rig.Store.SqlitePath }),
            factory.CreateLogger<ReminderLease>());
        await using (var db = contexts.CreateDbContext())
            Assert.NotNull(await lease.AcquireAsync(db, time.GetUtcNow(), ct));

        contexts.ReadOnly = true;  // the file turned read-only (or the disk filled) while the bot ran
        await lease.ReleaseAsync(ct);

        var line = Assert.Single(logs.Lines, l => l.Level >= LogLevel.Warning);
        Assert.Contains("Stopping without handing the reminder lease back (SQLite Error 8: 'attempt to write a readonly database'.)", line.Line, StringComparison.Ordinal);
    }

    /// <summary>Contexts on one SQLite file, opened read-only once <see cref="ReadOnly"/> is set.</summary>
    private sealed class SwitchableContexts(string path) : IDbContextFactory<RoadmapDbContext>
    {
        public bool ReadOnly { get; set; }

        public RoadmapDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<RoadmapDbContext>().UseSqlite($"Data Source={path};Pooling=False{(ReadOnly ? ";Mode=ReadOnly" : "")}").Options);
    }
}
