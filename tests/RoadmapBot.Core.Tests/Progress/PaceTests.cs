using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Progress;

/// <summary>The pace /progress projects from and /replan spreads at: items done in the bot, not the imported file's own ticks.</summary>
public sealed class PaceTests
{
    // Five of twelve items ticked in the file; today is Thu 15 Jan 2026.
    private const string Ticked = """
        # Catch-up plan
        ## Phase 1 (Weeks 1-4)
        ### Week 1
        - [x] Read chapter one
        - [x] Do the exercises
        - [x] Write a summary
        ### Week 2
        - [x] Read chapter two
        - [x] Build the parser
        - [ ] Test the parser
        ### Week 3
        - [ ] Read chapter three
        - [ ] Build the loader
        - [ ] Test the loader
        ### Week 4
        - [ ] Read chapter four
        - [ ] Ship the demo
        - [ ] Write the post
        """;

    [Fact]
    public async Task Progress_ItemsTickedInTheImportedFile_AreNoPace_SoThereIsNoProjectionYet()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(Ticked);
        await bot.SendAsync("/plan start 2026-01-12");

        var reply = await bot.SendAsync("/progress");

        Assert.Contains("Progress: 5/12 done", reply);
        Assert.Contains("Not enough data yet to project a finish date.", reply);
    }

    [Fact]
    public async Task Progress_ItemsDoneInTheBotAfterTheImport_AreThePace_EvenOneTheFileHadTicked()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(Ticked);
        await bot.SendAsync("/plan start 2026-01-12");
        bot.Time.Advance(TimeSpan.FromDays(1));
        await bot.SendAsync("/todo w1.1");
        await bot.SendAsync("/done w1.1 w2.3");

        var reply = await bot.SendAsync("/progress");

        // Two items in the pace's shortest window (a week), six left: 21 days from Fri 16 Jan.
        Assert.Contains("At this pace you finish on Fri 6 Feb 2026.", reply);
    }

    [Fact]
    public async Task Replan_WithOnlyTheFilesTicks_OffersNoSpreadAtAPace()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(Ticked);
        await bot.SendAsync("/plan start 2025-12-01");

        var reply = await bot.ReplyAsync("/replan");

        Assert.Contains("the plan's own pace, as you have no pace yet", reply.ToPlainText());
        Assert.Equal(["/replan shift"], reply.Buttons.Select(b => b.Command));
    }
}
