using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Host.Tests.Console;

/// <summary>Buddies in the console: two users of group "club" pair with /buddy NAME and /buddy yes, then ana queues a nudge.</summary>
public sealed class BuddyConsoleTests
{
    [Fact]
    public async Task BuddyThenYes_PairsTwoConsoleUsers_TheBotIsRefused_AndANudgeIsQueued()
    {
        using var db = new TempDatabase();
        string[] Args(string user, params string[] messages) =>
            ["chat", "--db", db.Path, "--clock", "2026-01-15T09:00:00Z", "--space", "club", "--group", "--user", user, .. messages];
        var (_, imported, _) = await RoadmapBotProcess.RunAsync(Args("ana", "--admin", $"/import {Seeds.Path("000")}"));
        Assert.Contains("Imported", imported);
        await RoadmapBotProcess.RunAsync(Args("bob", "/start"));

        var (_, asked, _) = await RoadmapBotProcess.RunAsync(Args("ana", "/buddy roadmapbot", "/buddy bob"));
        var (_, agreed, _) = await RoadmapBotProcess.RunAsync(Args("bob", "/buddy yes", "/buddy"));
        var (code, nudged, stderr) = await RoadmapBotProcess.RunAsync(Args("ana", "/buddy nudge"));

        Assert.Contains("I can't be your buddy: pick a member of this group, e.g. /buddy NAME.", asked);
        Assert.Contains("🤝 ana asks bob to be accountability buddies", asked);
        Assert.Contains("[Yes: /buddy yes ana]", asked);
        Assert.Contains("🤝 ana and bob are buddies now", agreed);
        Assert.Contains("Your buddy here is ana", agreed);
        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("👋 bob gets a friendly nudge from you shortly", nudged);
        await using var context = db.Open();
        var entry = await context.Outbox.SingleAsync(o => o.Kind == ReminderKind.BuddyNudge, TestContext.Current.CancellationToken);
        Assert.Equal("bob", (await context.Members.SingleAsync(m => m.Id == entry.MemberId, TestContext.Current.CancellationToken)).UserId);
    }
}
