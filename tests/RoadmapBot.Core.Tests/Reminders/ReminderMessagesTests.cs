using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Reminders;

/// <summary>The text of each reminder on the seeds, against a real database; the clock reads Thu 15 Jan 2026 unless moved.</summary>
public sealed class ReminderMessagesTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Kickoff_Seed000_ListsTheDaysHabitsWithTargetsAndWhatIsNext()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000");
        await bot.SendAsync("/log sql 4");

        var reply = await MessageBench.BuildAsync(bot, ReminderKind.Kickoff, "2026-01-15T08:00");

        var text = reply!.ToPlainText();
        Assert.StartsWith("☀️ Good morning — Thu 15 Jan 2026\nToday's non-negotiables", text);
        Assert.Contains("• ✅ 4 SQL problems 4/4 problems", text);
        Assert.Contains("• ⬜ 30 min industry reading 0/30 minutes", text);
        Assert.Contains("Next up\n• ⬜ t1 Python Fundamentals", text);
        Assert.DoesNotContain("late", text);
        Assert.Equal(["/done t1", "/done t2", "/done t3", "/today"], reply.Buttons.Select(b => b.Command));
    }

    [Fact]
    public async Task Kickoff_ReadsTheRoadmapThroughTheEnginesCache()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000");
        var cache = bot.Service<RoadmapCache>();
        var before = cache.CachedItems;

        var reply = await MessageBench.BuildAsync(bot, ReminderKind.Kickoff, "2026-01-15T08:00", content: bot.Service<IReminderContent>());

        // A fan-out writes one reminder per member: the space's roadmap is built once and kept, as for commands (issue 20).
        Assert.StartsWith("☀️ Good morning", reply!.ToPlainText());
        Assert.Equal(0, before);
        Assert.Equal(72, cache.CachedItems);
    }

    [Fact]
    public async Task Kickoff_Seed004_ShowsThatDaysAgendaWithTimeRanges()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "004");

        var text = await MessageBench.TextAsync(bot, ReminderKind.Kickoff, "2025-10-15T08:00");

        Assert.Contains("Agenda\n• 09:00–10:30 ⬜ oct15.1 pandas transforms", text);
        Assert.Contains("• 10:45–12:15 ⬜ oct15.2 Postgres (Docker)", text);
        Assert.Contains("• 16:15–17:30 ⬜ oct15.3 SQLAlchemy: connect and CRUD", text);
        // The next day's slots are not on the agenda: they are listed as due later this week.
        Assert.Contains("insert sample data · due Wed 15 Oct\nDue later this week (11)\n• ⬜ oct16.1", text);
    }

    [Fact]
    public async Task Kickoff_IsAboutTheOccurrencesDay_AndSaysWhenItIsLate()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "004");

        var text = await MessageBench.TextAsync(bot, ReminderKind.Kickoff, "2025-10-15T08:00", late: true);

        Assert.StartsWith("☀️ Good morning — Wed 15 Oct 2025\n(late: the bot was offline at 08:00)\n", text);
        Assert.Contains("oct15.1", text);
        // The next day is named only among what is due later this week.
        Assert.DoesNotContain("oct16.1", text.Split("Due later this week")[0]);
    }

    [Fact]
    public async Task Kickoff_Seed001_ShowsTheWeekdayTheme()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "001");

        var thursday = await MessageBench.TextAsync(bot, ReminderKind.Kickoff, "2026-01-15T08:00");
        var friday = await MessageBench.TextAsync(bot, ReminderKind.Kickoff, "2026-01-16T08:00");

        Assert.Contains("Theme: Content — Write a blog snippet", thursday);
        Assert.Contains("Theme: Resume & Apply", friday);
    }

    [Fact]
    public async Task Kickoff_ManyOverdue_ShowsAFewAndHowManyMore()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000");

        var text = await MessageBench.TextAsync(bot, ReminderKind.Kickoff, "2026-03-10T08:00");

        Assert.Matches(@"Overdue \(\d+\)\n• ⬜ t1 .*\n• ⬜ t2 .*\n• ⬜ t3 .*\n• … and \d+ more \(/tasks overdue\)", text);
    }

    [Fact]
    public async Task Kickoff_ListsWhatIsDueLaterThisWeekAsTodayDoes_AndButtonsOnlyForListedItems()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.FourWeeks);
        await bot.SendAsync("/plan start 2026-01-05");
        await bot.SendAsync("/done w1.1 w1.2 w1.3 w2.1 w2.2");

        var reply = await MessageBench.BuildAsync(bot, ReminderKind.Kickoff, "2026-01-15T08:00");

        var text = reply!.ToPlainText();
        Assert.Contains("Due later this week (1)\n• ⬜ w2.3 Test the parser · due Sun 18 Jan", text);
        Assert.DoesNotContain("w3.1", text);
        Assert.Equal(["/done w2.3", "/today"], reply.Buttons.Select(b => b.Command));
    }

    [Fact]
    public async Task Agenda_ShowsTheSlotsItemWithItsTimeRangeAndButtons()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "004");

        var reply = await MessageBench.BuildAsync(bot, ReminderKind.Agenda, "2025-10-15T10:45", item: "oct15.2");

        Assert.StartsWith("⏰ Now: 10:45–12:15\noct15.2 Postgres (Docker): start DB", reply!.ToPlainText());
        Assert.Equal(["/doing oct15.2", "/done oct15.2"], reply.Buttons.Select(b => b.Command));
    }

    [Fact]
    public async Task Agenda_WhenTheMemberAlreadyFinishedTheItem_SendsNothing()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "004");
        await bot.SendAsync("/done oct15.2");

        Assert.Null(await MessageBench.BuildAsync(bot, ReminderKind.Agenda, "2025-10-15T10:45", item: "oct15.2"));
        Assert.Null(await MessageBench.BuildAsync(bot, ReminderKind.Agenda, "2025-10-01T09:00", item: "oct1.1"));
    }

    [Fact]
    public async Task Agenda_Snoozed_NamesTheItemTheMemberSnoozed()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "004");
        var me = await bot.MemberAsync("me");
        await using (var db = bot.Db())
        {
            var member = await db.Members.SingleAsync(m => m.Id == me.Id, TestContext.Current.CancellationToken);
            member.Settings = new ReminderSettings { SnoozedKind = ReminderKind.Agenda, SnoozedKey = $"m{me.Id}:agenda:oct15.2:2025-10-15T10:45" }.ToJson();
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var text = await MessageBench.TextAsync(bot, ReminderKind.Agenda, "2025-10-15T11:45", item: "snoozed");

        Assert.StartsWith("⏰ Snoozed: 10:45–12:15\noct15.2 Postgres", text);
    }

    [Fact]
    public async Task Checkin_ListsOnlyTheHabitsStillOpenAndAsksWhatShipped()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000");
        await bot.SendAsync("/log sql 4 reading 10");

        var reply = await MessageBench.BuildAsync(bot, ReminderKind.Checkin, "2026-01-15T20:00");

        var text = reply!.ToPlainText();
        Assert.StartsWith("🌙 Evening check-in — Thu 15 Jan\nStill open today (4/5)", text);
        Assert.DoesNotContain("SQL", text);
        Assert.Contains("• ⬜ 30 min industry reading 10/30 minutes", text);
        Assert.Contains("What shipped today?", text);
        Assert.Equal(["/log project 2", "/log commits 1", "/log reading 20", "/check update"], reply.Buttons.Select(b => b.Command));
    }

    [Fact]
    public async Task Checkin_AfterMidnightButBeforeTheMembersDayStart_IsAboutTheDayBefore()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000");
        await bot.SendAsync("/daystart 04:00");
        await bot.SendAsync("/log sql 4 reading 10");

        var text = await MessageBench.TextAsync(bot, ReminderKind.Checkin, "2026-01-16T01:30");

        Assert.StartsWith("🌙 Evening check-in — Thu 15 Jan\nStill open today (4/5)", text);
        Assert.Contains("• ⬜ 30 min industry reading 10/30 minutes", text);
    }

    [Fact]
    public async Task Checkin_WhenEveryHabitIsMet_SendsNothing_ButTheNextDayStartsAfresh()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000");
        await bot.SendAsync("/log sql 4 project 2 commits 1 reading 30");
        await bot.SendAsync("/check update");

        Assert.Null(await MessageBench.BuildAsync(bot, ReminderKind.Checkin, "2026-01-15T20:00"));
        Assert.Contains("Still open today (5/5)", await MessageBench.TextAsync(bot, ReminderKind.Checkin, "2026-01-16T20:00"));
    }

    [Fact]
    public async Task Review_Seed000_FillsInTheWeeksNumbersAndAsksTheQuestionsAsAForm()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000");
        await bot.SendAsync("/done t1");
        await bot.SendAsync("/log sql 5");
        await bot.SendAsync("/review 4 none");

        var reply = await MessageBench.BuildAsync(bot, ReminderKind.Review, "2026-01-18T18:00");

        var text = reply!.ToPlainText();
        Assert.StartsWith("📝 Weekly review — week of Mon 12 Jan", text);
        // Joined on Thu 15 Jan: the week's days count from then.
        Assert.Contains("sql: 5 problems, target met 1/4 days", text);
        Assert.Contains("update: done 0/4 days", text);
        Assert.Contains("Items done this week: 1", text);
        Assert.Contains("• 1. Completed This Week (not answered)", text);
        Assert.Contains("• 4. Blockers/Challenges — none", text);
        Assert.Equal(new DateOnly(2026, 1, 12), reply.Form!.WeekStart);
        Assert.Equal(["Completed This Week", "Metrics", "Next Week Priorities", "Blockers/Challenges"], reply.Form.Questions.Select(q => q.Text));
        Assert.Equal(("Start review", "/review"), (reply.Buttons.Single().Label, reply.Buttons.Single().Command));
    }

    [Fact]
    public async Task Review_NamesTheWeeksUnfinishedItems_ThatRollIntoNextWeek()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);
        await bot.SendAsync("/plan start 2026-01-12");  // week 1 (w1.1, w1.2) is due Sun 18 Jan
        await bot.SendAsync("/done w1.2");

        var text = await MessageBench.TextAsync(bot, ReminderKind.Review, "2026-01-18T18:00");

        Assert.Contains("Unfinished, carried into next week: w1.1", text);
        Assert.DoesNotContain("w1.2", text);
    }

    [Fact]
    public async Task Review_Seed001_ComparesApplicationsWithThePhasesWeeklyTarget()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "001");
        await bot.SendAsync("/plan start 2026-01-12");
        await bot.SendAsync("/log applications 3");

        var reply = await MessageBench.BuildAsync(bot, ReminderKind.Review, "2026-01-18T18:00");

        Assert.Contains("⬜ applications: 3/5 jobs", reply!.ToPlainText());
        Assert.Null(reply.Form);
    }

    [Fact]
    public async Task Digest_ListsEachMemberByPlainName_WithTheWeeksNumbers_AndWhoIsBehind()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000", "club", group: true);
        bot.Time.SetUtcNow(Utc(2026, 2, 25));
        await bot.SendAsync("/done t1 t2", "ann", "club", group: true);
        await bot.SendAsync("/log sql 4", "ann", "club", group: true);
        await bot.SendAsync("/start", "@everyone", "club", group: true);
        bot.Time.SetUtcNow(Utc(2026, 3, 2, 8));

        var reply = await MessageBench.BuildAsync(bot, ReminderKind.Digest, "2026-03-02T09:00", user: null, space: "club");

        var text = reply!.ToPlainText();
        Assert.StartsWith("📊 Group digest — Mon 23 Feb – Sun 1 Mar\nPhase: ph2", text);
        // ann joined on Wed 25 Feb: five days of the week, five habits.
        Assert.Matches(@"• 1\. ann — 2 done this week · habits 1/25 · 🔥 0 · ph2 0/\d+ · 2/72 overall \(2%\)", text);
        Assert.Contains("No check-ins this week: @\u200Beveryone, admin", text);
        Assert.Contains("Behind plan: @\u200Beveryone (10 items), admin (10 items), ann (8 items)", text);
        Assert.DoesNotMatch("@(?!\u200B)", text);
    }

    [Fact]
    public async Task Digest_LeavesOutAMemberWhoJoinedAfterTheWeek()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000", "club", group: true);
        bot.Time.SetUtcNow(Utc(2026, 2, 25));
        await bot.SendAsync("/log sql 4", "ann", "club", group: true);
        bot.Time.SetUtcNow(Utc(2026, 3, 2, 8));
        await bot.SendAsync("/log sql 4", "zed", "club", group: true);

        var text = (await MessageBench.BuildAsync(bot, ReminderKind.Digest, "2026-03-02T09:00", user: null, space: "club"))!.ToPlainText();

        Assert.Contains("ann —", text);
        Assert.DoesNotContain("zed", text);
    }

    [Fact]
    public async Task OnAPlannedRestDay_NoKickoffCheckinOrNudge_TheDayAfterThemAll()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/rest tomorrow");   // Fri 16 Jan

        foreach (var (kind, time) in new[] { (ReminderKind.Kickoff, "08:00"), (ReminderKind.Checkin, "20:00"), (ReminderKind.Nudge, "12:00") })
            Assert.Null(await MessageBench.BuildAsync(bot, kind, $"2026-01-16T{time}"));
        Assert.NotNull(await MessageBench.BuildAsync(bot, ReminderKind.Kickoff, "2026-01-17T08:00"));
        Assert.NotNull(await MessageBench.BuildAsync(bot, ReminderKind.Checkin, "2026-01-17T20:00"));
    }

    [Fact]
    public async Task Digest_IsOnlyForTheGroup()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000", "club", group: true);

        Assert.Null(await MessageBench.BuildAsync(bot, ReminderKind.Digest, "2026-01-19T09:00", user: "admin", space: "club"));
        Assert.Null(await MessageBench.BuildAsync(bot, ReminderKind.Kickoff, "2026-01-19T08:00", user: null, space: "club"));
    }

    [Fact]
    public async Task Nudge_NamesItemsDueTomorrow()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);
        await bot.SendAsync("/plan start 2026-01-05");

        var reply = await MessageBench.BuildAsync(bot, ReminderKind.Nudge, "2026-01-10T12:00");

        Assert.StartsWith("👉 Heads-up — Sat 10 Jan\nDue tomorrow (2)\n• ⬜ w1.1 Read chapter one · due Sun 11 Jan", reply!.ToPlainText());
        Assert.DoesNotContain("behind", reply.ToPlainText());
    }

    [Fact]
    public async Task Nudge_MoreThanTwoWeeksBehind_GivesTheRoadmapsOwnAdvice()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000");

        var text = await MessageBench.TextAsync(bot, ReminderKind.Nudge, "2026-04-01T12:00");

        Assert.Contains("Overdue (", text);
        Assert.Contains("⚠️ You are about 4 weeks behind plan (the plan expected your next item by Sat 28 Feb).", text);
        Assert.Contains("If behind schedule by >2 weeks:\n• 1. Drop lowest priority tasks", text);
        Assert.Contains("• 6. Expand application volume", text);
    }

    [Fact]
    public async Task Nudge_WithNothingDueOverdueOrBehind_SendsNothing()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.Null(await MessageBench.BuildAsync(bot, ReminderKind.Nudge, "2026-01-15T12:00"));
    }
}
