using RoadmapBot.Host.Tests.Console;

namespace RoadmapBot.Host.Tests.Cli;

public sealed class UpcomingCliTests
{
    [Fact]
    public async Task Upcoming_ListsEachOccurrenceInLocalTimeAndUtcAcrossDst()
    {
        using var db = new TempDatabase();
        var environment = new Dictionary<string, string> { ["RoadmapBot__DefaultTimeZone"] = "Europe/Berlin" };
        await RoadmapBotProcess.RunAsync(["chat", "--db", db.Path, "--user", "ann", "--clock", "2026-03-20T10:00:00Z", $"/import {Seeds.Path("000")}"], null, environment);

        var (code, stdout, _) = await RoadmapBotProcess.RunAsync(["upcoming", "--db", db.Path, "--from", "2026-03-28", "--days", "2", "--clock", "2026-03-20T10:00:00Z"], null, environment);

        Assert.Equal(0, code);
        var lines = stdout.Trim().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("2026-03-28 08:00 +01:00  (2026-03-28 07:00 UTC)  kickoff  member=ann  space=me", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2026-03-29 08:00 +02:00  (2026-03-29 06:00 UTC)  kickoff  member=ann  space=me", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2026-03-29 18:00 +02:00  (2026-03-29 16:00 UTC)  review ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("2026-03-30", StringComparison.Ordinal));
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
    }

    [Fact]
    public async Task Upcoming_AppliesQuietHourDeferral()
    {
        using var db = new TempDatabase();
        var environment = new Dictionary<string, string> { ["RoadmapBot__DefaultTimeZone"] = "Europe/Berlin" };
        await RoadmapBotProcess.RunAsync(["chat", "--db", db.Path, "--clock", "2026-10-01T10:00:00Z", $"/import {Seeds.Path("004")}"], null, environment);

        var (_, stdout, _) = await RoadmapBotProcess.RunAsync(["upcoming", "--db", db.Path, "--from", "2026-10-05", "--days", "1", "--clock", "2026-10-01T10:00:00Z"], null, environment);

        Assert.Contains("2026-10-05 08:45 +02:00  (2026-10-05 06:45 UTC)  kickoff", stdout);
    }

    [Fact]
    public async Task Upcoming_UnknownSpace_IsOneLine()
    {
        using var db = new TempDatabase();

        var (code, stdout, _) = await RoadmapBotProcess.RunAsync(["upcoming", "--db", db.Path, "--space", "nowhere"]);

        Assert.Equal(1, code);
        Assert.Equal("No space 'nowhere' in this database.", stdout.Trim());
    }
}
