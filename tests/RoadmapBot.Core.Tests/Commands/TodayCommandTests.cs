namespace RoadmapBot.Core.Tests.Commands;

/// <summary>/today on <see cref="TestRoadmaps.FourWeeks"/> planned from Mon 5 Jan 2026: weeks due Sun 11, 18, 25 Jan and 1 Feb.</summary>
public sealed class TodayCommandTests
{
    private static async Task<TestBot> PlannedBotAsync()
    {
        var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.FourWeeks);
        await bot.SendAsync("/plan start 2026-01-05");
        return bot;
    }

    [Fact]
    public async Task Today_WithOverdueItems_StillListsWhatIsDueLaterThisWeek()
    {
        await using var bot = await PlannedBotAsync();

        var reply = await bot.SendAsync("/today");

        Assert.Contains("Overdue (3)\n", reply);
        Assert.Contains("Due later this week (3)\n• ⬜ w2.1 Read chapter two · due Sun 18 Jan\n• ⬜ w2.2 Build the parser · due Sun 18 Jan\n• ⬜ w2.3 Test the parser · due Sun 18 Jan", reply);
        Assert.DoesNotContain("w3.1", reply);
        Assert.DoesNotContain("Next up", reply);
    }

    [Fact]
    public async Task Today_LaterThisWeek_EndsWithTheWeeksSundayAndLeavesOutToday()
    {
        await using var bot = await PlannedBotAsync();

        bot.Time.SetUtcNow(new DateTimeOffset(2026, 1, 18, 9, 0, 0, TimeSpan.Zero));
        var sunday = await bot.SendAsync("/today");

        Assert.Contains("Due today (3)\n• ⬜ w2.1", sunday);
        Assert.DoesNotContain("Due later this week", sunday);
        Assert.DoesNotContain("w3.1", sunday);
    }

    [Fact]
    public async Task Today_DoneButtons_NameOnlyItemsTheReplyLists()
    {
        await using var bot = await PlannedBotAsync();
        await bot.SendAsync("/done w1.1 w1.2 w1.3 w2.1 w2.2");

        var reply = await bot.ReplyAsync("/today");

        // Only w2.3 is listed; open items due next week (w3.1, w3.2) used to fill the buttons up to three.
        Assert.Contains("Due later this week (1)\n• ⬜ w2.3", reply.ToPlainText());
        Assert.Equal(["/done w2.3"], reply.Buttons.Select(b => b.Command));
    }
}
