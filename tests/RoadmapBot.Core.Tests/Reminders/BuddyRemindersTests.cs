using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Reminders;

/// <summary>
/// What buddies see of each other: the evening line, the prompt after two missed check-ins, the nudge, the digest's pair
/// streaks; ann and ben are paired in group "club" (Mini's four habits: sql, project, reading, update). Today is Thu 15 Jan 2026.
/// </summary>
public sealed class BuddyRemindersTests
{
    private static async Task<TestBot> PairedAsync()
    {
        var bot = await BuddyCommandTests.StartAsync();
        await BuddyCommandTests.PairAsync(bot);
        return bot;
    }

    private static Task<ChatReply?> CheckinAsync(TestBot bot, string user, string day = "2026-01-15") =>
        MessageBench.BuildAsync(bot, ReminderKind.Checkin, $"{day}T20:00", user, "club");

    private static string? BuddyLine(ChatReply? reply) =>
        reply?.ToPlainText().Split('\n').SingleOrDefault(l => l.StartsWith("🤝", StringComparison.Ordinal));

    private static Task Say(TestBot bot, string user, string text) => bot.SendAsync(text, user, "club", true);

    [Fact]
    public async Task Checkin_ShowsTheBuddysResultForToday()
    {
        await using var bot = await PairedAsync();
        await Say(bot, "ben", "/log sql 4");
        await Say(bot, "ben", "/check update");

        Assert.Equal("🤝 Your buddy ben met 2 of 4 today.", BuddyLine(await CheckinAsync(bot, "ann")));
        Assert.Equal("🤝 Your buddy ann met 0 of 4 today.", BuddyLine(await CheckinAsync(bot, "ben")));
    }

    [Fact]
    public async Task Checkin_BuddyLine_CountsOnlyTheMetricsTheBuddyShares()
    {
        await using var bot = await PairedAsync();
        await Say(bot, "ben", "/share sql off");
        await Say(bot, "ben", "/log sql 4");
        await Say(bot, "ben", "/log reading 30m");

        Assert.Equal("🤝 Your buddy ben met 1 of 3 today.", BuddyLine(await CheckinAsync(bot, "ann")));
    }

    [Fact]
    public async Task Checkin_PostedInTheGroup_CountsTheBuddysHabits_NotThoseTheReaderKeepsPrivate()
    {
        await using var bot = await PairedAsync();
        await Say(bot, "ann", "/share sql off");
        await Say(bot, "ann", "/remind to here");
        await Say(bot, "ben", "/log sql 4");

        Assert.Equal("🤝 Your buddy ben met 1 of 4 today.", BuddyLine(await CheckinAsync(bot, "ann")));
    }

    [Fact]
    public async Task Checkin_WhenEveryOwnHabitIsMet_StillBringsTheBuddyLine_AndWithoutABuddyStaysSilent()
    {
        await using var bot = await PairedAsync();
        foreach (var log in new[] { "/log sql 4", "/log project 2h", "/log reading 30m", "/check update" })
        {
            await Say(bot, "ann", log);
            await Say(bot, "cat", log);
        }

        var text = (await CheckinAsync(bot, "ann"))!.ToPlainText();

        Assert.Contains("Every habit is met today. ✅", text);
        Assert.Contains("🤝 Your buddy ben met 0 of 4 today.", text);
        Assert.Null(await CheckinAsync(bot, "cat"));
    }

    [Fact]
    public async Task SecondMissedCheckinInARow_PromptsANudge_ExactlyOnce()
    {
        await using var bot = await PairedAsync();
        await Say(bot, "ben", "/log sql 4 2026-01-13");
        await using var db = bot.Db();
        var pair = await db.BuddyPairs.SingleAsync(TestContext.Current.CancellationToken);

        var first = await CheckinAsync(bot, "ann", "2026-01-14");
        var second = await CheckinAsync(bot, "ann", "2026-01-15");
        var third = await CheckinAsync(bot, "ann", "2026-01-16");

        Assert.DoesNotContain("nudge", first!.ToPlainText());
        Assert.Contains("ben missed two check-ins in a row. Send ben a nudge?", second!.ToPlainText());
        var button = Assert.Single(second.Buttons, b => b.Label == "Nudge ben");
        Assert.Equal(($"/buddy nudge {pair.Id}", "ann"), (button.Command, button.For));
        Assert.DoesNotContain("nudge", third!.ToPlainText());
        Assert.DoesNotContain(third.Buttons, b => b.Command.StartsWith("/buddy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nudge_IsAFriendlyMessageFromTheBuddy_ThatNamesNoOneToPing()
    {
        await using var bot = await PairedAsync();

        var reply = await MessageBench.BuildAsync(bot, ReminderKind.BuddyNudge, "2026-01-15T20:05", "ben", "club");

        var text = reply!.ToPlainText();
        Assert.StartsWith("👋 A nudge from your buddy ann", text);
        Assert.Contains("one small step today", text);
        Assert.DoesNotContain("@", text);
        Assert.Equal(["/today"], reply.Buttons.Select(b => b.Command));
    }

    [Fact]
    public async Task BuddyOff_EndsTheEveningLine_AndANudgeStillQueuedSaysNothing()
    {
        await using var bot = await PairedAsync();
        await Say(bot, "ann", "/buddy off");

        Assert.Null(BuddyLine(await CheckinAsync(bot, "ann")));
        Assert.Null(await MessageBench.BuildAsync(bot, ReminderKind.BuddyNudge, "2026-01-15T20:05", "ben", "club"));
    }

    [Fact]
    public async Task Digest_ShowsEachPairsStreak_TheDaysInARowBothShowedUp()
    {
        await using var bot = await PairedAsync();
        foreach (var day in new[] { "2026-01-12", "2026-01-13", "2026-01-14" })
            await Say(bot, "ann", $"/log sql 4 {day}");
        foreach (var day in new[] { "2026-01-13", "2026-01-14" })
            await Say(bot, "ben", $"/log sql 4 {day}");

        var text = await MessageBench.TextAsync(bot, ReminderKind.Digest, "2026-01-15T09:00", user: null, space: "club");

        Assert.Contains("🤝 Buddies: ann & ben 🔥 2 days in a row together", text);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Nudge_KilledMidSend_IsSentAgainAtTheNextTick_Once(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var first = await ReminderRig.StartOnAsync(store);
        await first.ImportAsync(space: "club", group: true);
        await first.SendAsync("/start", "ben", "club", group: true);
        await first.SendAsync("/buddy ben", "ann", "club", group: true);
        await first.SendAsync("/buddy yes", "ben", "club", group: true);
        Assert.StartsWith("👋 ben gets a friendly nudge", await first.SendAsync("/buddy nudge", "ann", "club", group: true));
        using (var kill = new CancellationTokenSource())
        {
            first.Sender.KillDuringSend = kill;
            await first.CheckInAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.TickAsync(kill.Token));
        }
        Assert.Equal(OutboxState.Sending, Assert.Single(await first.OutboxAsync()).State);
        await first.StopAsync();

        await using var second = await ReminderRig.StartOnAsync(store, ReminderRig.MondayMorning.AddMinutes(4));
        await second.TickAsync();
        await second.TickAtAsync(ReminderRig.MondayMorning.AddMinutes(5));

        var sent = Assert.Single(second.Sender.Sent);
        Assert.Equal((ReminderKind.BuddyNudge, "ben", true), (sent.Entry.Kind, sent.Recipient.Member!.UserId, sent.Entry.Late));
        Assert.Equal(OutboxState.Sent, Assert.Single(await second.OutboxAsync()).State);
    }
}
