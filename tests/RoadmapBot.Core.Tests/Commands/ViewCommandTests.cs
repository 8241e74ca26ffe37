using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Tests.Reminders;

namespace RoadmapBot.Core.Tests.Commands;

public sealed class ViewCommandTests
{
    [Fact]
    public async Task Today_ShowsHabitsWithWhatIsStillOpen()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/log sql 4 reading 10");

        var reply = await bot.SendAsync("/today");

        Assert.Contains("Today, Thu 15 Jan 2026", reply);
        Assert.Contains("✅ Solve 4 SQL problems 4/4 problems", reply);
        Assert.Contains("⬜ 30 minutes reading 10/30 minutes", reply);
        Assert.Contains("[✅ t1: /done t1]", reply);
    }

    [Fact]
    public async Task Today_OffersOneButtonPerOpenHabitAndItem()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/log sql 4");

        var buttons = (await bot.ReplyAsync("/today")).Buttons.Select(b => (b.Label, b.Command)).ToList();

        Assert.DoesNotContain(buttons, b => b.Command.StartsWith("/log sql", StringComparison.Ordinal));
        Assert.Contains(("+30m project", "/log project 30m"), buttons);
        Assert.Contains(("+15 reading", "/log reading 15"), buttons);
        Assert.Contains(("✅ update", "/check update"), buttons);
        Assert.Contains(("✅ t1", "/done t1"), buttons);
    }

    [Fact]
    public async Task Today_ListsOverdueItemsOnceThePlanHasStarted()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);
        await bot.SendAsync("/plan start 2026-01-05");

        var reply = await bot.SendAsync("/today");

        Assert.Contains("Overdue (2)\n• ⬜ w1.1 Read chapter one · due Sun 11 Jan", reply);
    }

    [Fact]
    public async Task Today_OverdueFromAnotherYear_ShowsTheDueDatesYear()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);
        await bot.SendAsync("/plan start 2026-01-05");
        bot.Time.SetUtcNow(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero));

        var reply = await bot.SendAsync("/today");

        Assert.Contains("w1.1 Read chapter one · due Sun 11 Jan 2026", reply);
    }

    [Fact]
    public async Task Progress_ShowsCountsPerPhaseWeekStreakAndSchedule()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);
        await bot.SendAsync("/plan start 2026-01-05");
        await bot.SendAsync("/done w1.1");

        var reply = await bot.SendAsync("/progress");

        Assert.Contains("Progress: 1/3 done (33%)", reply);
        Assert.Contains("ph1 Phase 1: 1/3 (33%)", reply);
        Assert.Contains("Behind schedule by 1 item (2 were due by today).", reply);
        Assert.Contains("Not enough data yet to project a finish date.", reply);
        Assert.Contains("Streak: 0 days", reply);
    }

    [Fact]
    public async Task Tasks_FiltersByStatusPhaseAndOverdue()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/done t1");

        Assert.Contains("Status done (2)", await bot.SendAsync("/tasks done"));
        Assert.Contains("More (2)\n• ⬜ t5 Deploy", await bot.SendAsync("/tasks ph2"));
        Assert.Contains("Overdue (0)", await bot.SendAsync("/tasks overdue"));
        Assert.StartsWith("I can't filter by “banana”", await bot.SendAsync("/tasks banana"));
    }

    [Fact]
    public async Task Tasks_WhenTheCurrentPhaseIsDone_ListsWhatIsOpenElsewhere()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/done t1-t4");

        Assert.StartsWith("Nothing open in Basics; open in the roadmap (1)\n• ⬜ t5 Deploy", await bot.SendAsync("/tasks"));
    }

    [Fact]
    public async Task Task_ShowsDetailsProofNoteAndButtons()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/proof t2 https://github.com/me/notes");
        await bot.SendAsync("/note t2 ping @here later");

        var reply = await bot.ReplyAsync("/task t2");

        var text = reply.ToPlainText();
        Assert.Contains("Proof: https://github.com/me/notes", text);
        Assert.Contains("Note: ping @\u200Bhere later", text);
        Assert.Equal(["/done t2", "/doing t2", "/blocked t2"], reply.Buttons.Select(b => b.Command));
        await using var db = bot.Db();
        var row = await db.Progress.SingleAsync(p => p.ItemKey == "t2", TestContext.Current.CancellationToken);
        Assert.Equal(("https://github.com/me/notes", "ping @here later"), (row.ProofUrl, row.Notes));
    }

    [Fact]
    public async Task Proof_NotALink_IsRefused()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.StartsWith("“ftp:x” is not a web link", await bot.SendAsync("/proof t1 ftp:x"));
        Assert.Equal("There is no item t9; did you mean t1, t2 or t3?", await bot.SendAsync("/task t9"));
    }

    [Fact]
    public async Task Check_TicksHabitOncePerDay()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.Equal("✅ Post a progress update checked for today.", await bot.SendAsync("/check update"));
        Assert.Equal("Post a progress update is already checked for today ✅", await bot.SendAsync("/check Update"));
        Assert.StartsWith("There is no habit “yoga”.", await bot.SendAsync("/check yoga"));
        await using var db = bot.Db();
        Assert.Equal(1, await db.CheckIns.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Check_OnARoadmapWithNoDailyHabits_SaysSoInOneLine()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "002");

        Assert.Equal("This roadmap has no daily habits to check; /log still keeps any number you track.", await bot.SendAsync("/check update"));
    }

    [Fact]
    public async Task Check_OnAHabitWithANumber_TicksNothingAndPointsToLog()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.Equal("project is counted in hours: log it with /log project 2.", await bot.SendAsync("/check project"));
        Assert.Contains("⬜ 2 hours project work 0/2 hours", await bot.SendAsync("/today"));
        await using var db = bot.Db();
        Assert.Equal(0, await db.CheckIns.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Streak_CountsConsecutiveDaysInMemberZone()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.JoinedLongAgoAsync();
        await bot.SendAsync("/log sql 4 2026-01-13");
        await bot.SendAsync("/log sql 4 yesterday");
        await bot.SendAsync("/log sql 1");

        var reply = await bot.SendAsync("/streak");

        Assert.Contains("🔥 3 days in a row", reply);
        Assert.Contains("Solve 4 SQL problems: 2 days", reply);
    }

    [Fact]
    public async Task Week_ShowsTargetsAndItemsDoneThisWeek()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/done t1");
        await bot.SendAsync("/log project 2");

        var reply = await bot.SendAsync("/week");

        Assert.Contains("Week of Mon 12 Jan – Sun 18 Jan", reply);
        Assert.Contains("project: 2 hours, target met 1/1 days", reply);   // joined today, Thu 15 Jan
        Assert.Contains("Items done this week: 1", reply); // t1; t6 came ticked in the file, where the member began
    }
}
