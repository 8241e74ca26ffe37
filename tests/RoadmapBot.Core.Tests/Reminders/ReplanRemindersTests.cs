using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Reminders;

/// <summary>The nudge, the weekly review and the digest offer the re-plan and read each member's own dates.</summary>
public sealed class ReplanRemindersTests
{
    [Fact]
    public async Task Nudge_WhenBehindByMoreThanAWeekOfWork_OffersReplan()
    {
        await using var bot = await ReplanCommandTests.StartAsync();

        var reply = await MessageBench.BuildAsync(bot, ReminderKind.Nudge, "2026-01-15T12:00");

        Assert.Contains("Overdue (12)", reply!.ToPlainText());
        Assert.Contains(reply.Buttons, b => b.Command == "/replan");
    }

    [Fact]
    public async Task Nudge_AfterTheMembersReplan_ReadsTheirOwnDates_AndHasNothingOverdue()
    {
        await using var bot = await ReplanCommandTests.StartAsync();
        await bot.SendAsync("/replan shift");

        Assert.Null(await MessageBench.BuildAsync(bot, ReminderKind.Nudge, "2026-01-15T12:00"));
    }

    [Fact]
    public async Task Review_WhenBehindByMoreThanAWeekOfWork_OffersReplan()
    {
        await using var bot = await ReplanCommandTests.StartAsync();

        var reply = await MessageBench.BuildAsync(bot, ReminderKind.Review, "2026-01-18T18:00");

        Assert.Contains("Re-plan from today?", reply!.ToPlainText());
        Assert.Contains(reply.Buttons, b => b.Command == "/replan");
    }

    [Fact]
    public async Task Digest_CountsEachMemberBehindByTheirOwnPlan()
    {
        await using var bot = await ReplanCommandTests.StartAsync(group: true);
        await bot.SendAsync("/start", "ann", "club", true);
        await bot.SendAsync("/replan shift", "me", "club", true);

        var text = await MessageBench.TextAsync(bot, ReminderKind.Digest, "2026-01-19T09:00", user: null, space: "club");

        Assert.Contains("Behind plan: admin (12 items), ann (12 items), me (3 items)", text);
    }
}
