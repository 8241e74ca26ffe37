namespace RoadmapBot.Core.Tests.Reminders;

/// <summary>/board and reminders read a member's logs and check-ins only from the window they show, not their whole history.</summary>
public sealed class HistoryWindowTests
{
    private static DateTimeOffset At(int day, int hour, int minute = 0, int second = 0) => new(2026, 3, day, hour, minute, second, TimeSpan.FromHours(1));

    [Fact]
    public async Task BoardAndKickoff_ReadLogsAndCheckInsOnlyFromADate()
    {
        await using var rig = await ReminderRig.StartAsync(realContent: true);
        await rig.ImportAsync();
        await rig.SendAsync("/log sql 1");
        await rig.TickAtAsync(At(2, 7, 59, 50));

        await rig.TickAtAsync(At(2, 8, 0, 1));
        await rig.SendAsync("/board");

        Assert.Contains("kickoff@2026-03-02T08:00", rig.Sender.Kinds);
        foreach (var table in new[] { "MetricLogs", "CheckIns" })
        {
            // A read of whole rows (not the index-only list of active days) always carries a date bound.
            var reads = rig.Logs.Lines.Select(l => l.Line)
                .Where(l => l.Contains("Executed DbCommand", StringComparison.Ordinal) && l.Contains($"FROM \"{table}\"", StringComparison.Ordinal)
                    && l.Contains("\"Id\", ", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(reads);
            Assert.All(reads, sql => Assert.Contains("\"LocalDate\" >= ", sql, StringComparison.Ordinal));
        }
    }
}
