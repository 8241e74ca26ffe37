using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Tests.Import;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>/remind, /quiet, /pause, /resume and /snooze; the clock reads Thu 15 Jan 2026, 09:00 UTC.</summary>
public sealed class ReminderCommandTests
{
    private static async Task<ReminderSettings> SettingsAsync(TestBot bot, string user = "me", string space = "me") =>
        ReminderSettings.Parse((await bot.MemberAsync(user, space)).Settings);

    [Fact]
    public async Task Remind_ListsEachKindWithOnOffTimeDaysAndNextOccurrence()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/remind");

        Assert.StartsWith("Your reminders (UTC)\n", reply);
        Assert.Contains("• kickoff: on, 08:00 daily — next Fri 16 Jan 08:00", reply);
        Assert.Contains("• check-in: on, 20:00 daily — next Thu 15 Jan 20:00", reply);
        Assert.Contains("• review: on, Sun 18:00 — next Sun 18 Jan 18:00", reply);
        Assert.Contains("• nudge: on, 12:00 daily — next Thu 15 Jan 12:00", reply);
        Assert.Contains("Quiet hours: none", reply);
    }

    [Fact]
    public async Task Remind_ShowsTimesInTheMembersZone()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/timezone Asia/Kolkata");

        var reply = await bot.SendAsync("/remind");

        Assert.StartsWith("Your reminders (Asia/Kolkata)", reply);
        Assert.Contains("kickoff: on, 08:00 daily — next Fri 16 Jan 08:00", reply);
        Assert.Contains("nudge: on, 12:00 daily — next Fri 16 Jan 12:00", reply);
    }

    [Fact]
    public async Task Remind_Seed004_ListsTheNextAgendaSlotAndTheRoadmapsBusyWindows()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ReplyAsync("/import", attachments: new ChatAttachment("plan.md", File.ReadAllBytes(Seeds.Path("004"))));
        await bot.SendAsync("/plan shift 100 days");

        var reply = await bot.SendAsync("/remind");

        Assert.Contains("• agenda: on, at each dated slot's start — next Fri 23 Jan 09:00", reply);
        Assert.Contains("Quiet hours: 07:30–08:45, 13:15–13:50, 14:50–16:00 Mon–Fri (your roadmap's busy windows)", reply);
        Assert.Contains("kickoff: on, 08:00 daily — next Fri 16 Jan 08:45", reply);
    }

    [Theory]
    [InlineData("/remind kickoff 07:15 weekdays", "Your kickoff: Mon–Fri 07:15 (UTC). Next: Fri 16 Jan 07:15.", "Monday,Tuesday,Wednesday,Thursday,Friday")]
    [InlineData("/remind kickoff 07:15", "Your kickoff: 07:15 daily (UTC). Next: Fri 16 Jan 07:15.", "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday")]
    [InlineData("/remind kickoff weekends 7:15", "Your kickoff: Sat, Sun 07:15 (UTC). Next: Sat 17 Jan 07:15.", "Saturday,Sunday")]
    [InlineData("/remind kickoff 07:15 mon,wed,fri", "Your kickoff: Mon, Wed, Fri 07:15 (UTC). Next: Fri 16 Jan 07:15.", "Monday,Wednesday,Friday")]
    [InlineData("/remind kickoff mon-wed", "Your kickoff: Mon, Tue, Wed 08:00 (UTC). Next: Mon 19 Jan 08:00.", "Monday,Tuesday,Wednesday")]
    [InlineData("/remind kickoff 7.30 weekdays", "Your kickoff: Mon–Fri 07:30 (UTC). Next: Fri 16 Jan 07:30.", "Monday,Tuesday,Wednesday,Thursday,Friday")]
    [InlineData("/remind kickoff 9pm", "Your kickoff: 21:00 daily (UTC). Next: Thu 15 Jan 21:00.", "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday")]
    [InlineData("/remind kickoff 9:30PM", "Your kickoff: 21:30 daily (UTC). Next: Thu 15 Jan 21:30.", "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday")]
    [InlineData("/remind kickoff at 7 am weekdays", "Your kickoff: Mon–Fri 07:00 (UTC). Next: Fri 16 Jan 07:00.", "Monday,Tuesday,Wednesday,Thursday,Friday")]
    [InlineData("/remind kickoff 9:30 p.m.", "Your kickoff: 21:30 daily (UTC). Next: Thu 15 Jan 21:30.", "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday")]
    public async Task Remind_KickoffTimeAndDays_AreStoredAndTheNextOccurrenceShown(string command, string expected, string days)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.Equal(expected, await bot.SendAsync(command));

        var settings = await SettingsAsync(bot);
        Assert.Equal(days, string.Join(",", settings.Schedules[ReminderKind.Kickoff].Days));
        Assert.True(settings.Schedules[ReminderKind.Kickoff].Enabled);
        Assert.Equal(bot.Time.GetUtcNow(), settings.Since);
    }

    [Fact]
    public async Task Remind_CheckinOffThenOn_SwitchesItAndKeepsItsTime()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.Equal("Your check-in is off. Switch it back on with /remind checkin on.", await bot.SendAsync("/remind checkin off"));
        Assert.Contains("• check-in: off", await bot.SendAsync("/remind"));
        Assert.False((await SettingsAsync(bot)).Schedules[ReminderKind.Checkin].Enabled);
        Assert.Equal("Your check-in: 20:00 daily (UTC). Next: Thu 15 Jan 20:00.", await bot.SendAsync("/remind checkin on"));
    }

    [Fact]
    public async Task Remind_SinceIsSetOnceAndKeptOnLaterChanges()
    {
        await using var bot = await TestBot.StartAsync();
        var first = bot.Time.GetUtcNow();
        await bot.SendAsync("/remind kickoff 07:00");
        bot.Time.Advance(TimeSpan.FromDays(2));

        await bot.SendAsync("/remind checkin 21:00");

        Assert.Equal(first, (await SettingsAsync(bot)).Since);
    }

    [Theory]
    [InlineData("/remind kickoff 25:00", "I can't read “25:00”. Use /remind kickoff 07:15 [daily|weekdays|weekends|mon,wed,fri], or /remind kickoff off.")]
    [InlineData("/remind kickoff 13pm", "I can't read “13pm”. Use /remind kickoff 07:15")]
    [InlineData("/remind kickoff 07:15 someday", "I can't read “07:15 someday”. Use /remind kickoff 07:15")]
    [InlineData("/remind kickoff", "Use /remind [KIND HH:MM")]
    [InlineData("/remind banana 07:00", "“banana” is no reminder. The kinds are kickoff, checkin, review, nudge, agenda, digest.")]
    [InlineData("/remind kikoff 07:00", "“kikoff” is no reminder; did you mean kickoff? The kinds are")]
    [InlineData("/remind agenda 09:00", "Agenda reminders come at each slot's own time; switch them with /remind agenda off")]
    [InlineData("/remind to mars", "Use /remind to dm (your private chat with me) or /remind to here (this group).")]
    [InlineData("/remind to here", "In a private chat your reminders always come here.")]
    [InlineData("/remind digest mon 09:00", "The digest is a group's weekly summary")]
    public async Task Remind_BadInput_SaysTheRightFormInOneLine(string command, string expected)
    {
        await using var bot = await TestBot.StartAsync();

        var reply = await bot.SendAsync(command);

        Assert.StartsWith(expected, reply);
        Assert.DoesNotContain("\n", reply);
        Assert.Equal("{}", (await bot.MemberAsync("me")).Settings);
    }

    [Fact]
    public async Task Remind_ToDmOrHere_InAGroup_ChoosesWherePersonalRemindersGo()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.StartsWith("Your personal reminders now come here", await bot.SendAsync("/remind to here", "ann", "club", group: true));
        Assert.True((await SettingsAsync(bot, "ann", "club")).DeliverHere);
        Assert.StartsWith("Your personal reminders now come to our private chat", await bot.SendAsync("/remind to dm", "ann", "club", group: true));
        Assert.False((await SettingsAsync(bot, "ann", "club")).DeliverHere);
    }

    [Fact]
    public async Task Remind_GroupDigestAndReview_AdminsSetThem_OthersAreRefused()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);

        var digest = await bot.SendAsync("/remind digest mon 10:30", "admin", "club", group: true);
        var review = await bot.SendAsync("/remind review sun 17:00", "admin", "club", group: true);
        var refused = await bot.SendAsync("/remind digest fri 09:00", "bob", "club", group: true, platformAdmin: false);
        var list = await bot.SendAsync("/remind", "admin", "club", group: true);

        Assert.Equal("The group's digest: Mon 10:30 (UTC). Next: Mon 19 Jan 10:30.", digest);
        Assert.Equal("The group's review: Sun 17:00 (UTC). Next: Sun 18 Jan 17:00.", review);
        Assert.Equal("Only group admins can change the group's digest.", refused);
        Assert.Contains("The group's schedules (UTC, admins change them)\n• digest: on, Mon 10:30 — next Mon 19 Jan 10:30\n• review: on, Sun 17:00", list);
        Assert.DoesNotContain("group's schedules", await bot.SendAsync("/remind", "bob", "club", group: true));
        await using var db = bot.Db();
        var space = await db.Spaces.SingleAsync(s => s.ExternalId == "club", TestContext.Current.CancellationToken);
        var settings = SpaceReminderSettings.Parse(space.Settings);
        Assert.Equal([DayOfWeek.Monday], settings.Schedules[ReminderKind.Digest].Days);
        Assert.Equal(new TimeOnly(17, 0), settings.Schedules[ReminderKind.Review].At);
        Assert.NotNull(settings.Since);
    }

    [Fact]
    public async Task Undo_TakesBackAReminderChange()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendAsync("/remind kickoff 07:15");

        Assert.Equal("Undone: /remind kickoff 07:15", await bot.SendAsync("/undo"));
        Assert.Empty((await SettingsAsync(bot)).Schedules);
    }

    [Fact]
    public async Task Quiet_SeveralRanges_AreWeekdayWindowsAndDeferTheNextReminder()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        var set = await bot.SendAsync("/quiet 07:30-08:45, 11:30–12:30");

        Assert.Equal("Quiet hours: 07:30–08:45, 11:30–12:30 Mon–Fri. A reminder due then comes when the window ends.", set);
        var quiet = (await SettingsAsync(bot)).Quiet!;
        Assert.Equal([new TimeOnly(7, 30), new TimeOnly(11, 30)], quiet.Select(w => w.Start));
        Assert.All(quiet, w => Assert.Equal(5, w.Days.Count));
        var list = await bot.SendAsync("/remind");
        Assert.Contains("kickoff: on, 08:00 daily — next Fri 16 Jan 08:45", list);
        Assert.Contains("nudge: on, 12:00 daily — next Thu 15 Jan 12:30", list);
        Assert.StartsWith("Quiet hours: 07:30–08:45, 11:30–12:30 Mon–Fri.", await bot.SendAsync("/quiet"));
    }

    [Fact]
    public async Task Quiet_WithDays_AndAcrossMidnight()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.StartsWith("Quiet hours: 22:00–07:00 daily.", await bot.SendAsync("/quiet 22:00-07:00 daily"));
    }

    [Fact]
    public async Task Quiet_OnATwelveHourClock_ReadsTheSameHours()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.StartsWith("Quiet hours: 22:00–07:30 daily.", await bot.SendAsync("/quiet 10pm-7:30am daily"));
    }

    [Fact]
    public async Task Quiet_DefaultsToTheRoadmapsBusyWindows_OffClearsThem_DefaultRestoresThem()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ReplyAsync("/import", attachments: new ChatAttachment("plan.md", File.ReadAllBytes(Seeds.Path("004"))));

        Assert.Equal("Quiet hours: 07:30–08:45, 13:15–13:50, 14:50–16:00 Mon–Fri (your roadmap's busy windows). Set them with /quiet 07:30-08:45, or /quiet off.",
            await bot.SendAsync("/quiet"));
        Assert.Equal("Quiet hours are off: reminders come at their time.", await bot.SendAsync("/quiet off"));
        Assert.Equal([], (await SettingsAsync(bot)).Quiet!);
        Assert.StartsWith("Back to your roadmap's busy windows: 07:30–08:45", await bot.SendAsync("/quiet default"));
        Assert.Null((await SettingsAsync(bot)).Quiet);
    }

    [Theory]
    [InlineData("/quiet 9-5")]
    [InlineData("/quiet 08:00-08:00")]
    [InlineData("/quiet 07:30 08:45")]
    [InlineData("/quiet weekdays")]
    public async Task Quiet_BadInput_SaysTheRightForm(string command)
    {
        await using var bot = await TestBot.StartAsync();

        Assert.StartsWith("I can't read", await bot.SendAsync(command));
        Assert.Contains("Use /quiet 07:30-08:45", await bot.SendAsync(command));
        Assert.Null((await SettingsAsync(bot)).Quiet);
    }

    [Fact]
    public async Task Pause_UntilADate_SkipsUntilThenAndResumeEndsIt()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        var paused = await bot.SendAsync("/pause until 2026-01-20");
        var list = await bot.SendAsync("/remind");
        var resumed = await bot.SendAsync("/resume");

        Assert.StartsWith("⏸️ Reminders paused until the end of Tue 20 Jan 2026", paused);
        Assert.Contains("kickoff: on, 08:00 daily — next Wed 21 Jan 08:00", list);
        Assert.Contains("⏸️ Paused until Tue 20 Jan 2026 — /resume to restart.", list);
        Assert.StartsWith("▶️ Reminders are back on.", resumed);
        Assert.Null((await SettingsAsync(bot)).PausedUntil);
    }

    [Theory]
    [InlineData("/pause 3 days", 2026, 1, 17)]
    [InlineData("/pause 1 day", 2026, 1, 15)]
    [InlineData("/pause 2 weeks", 2026, 1, 28)]
    [InlineData("/pause until tomorrow", 2026, 1, 16)]
    public async Task Pause_ForSomeDays_PausesThroughTheLastOfThem(string command, int year, int month, int day)
    {
        await using var bot = await TestBot.StartAsync();

        await bot.SendAsync(command);

        Assert.Equal(new DateOnly(year, month, day), (await SettingsAsync(bot)).PausedUntil);
    }

    [Theory]
    [InlineData("/pause", "Use /pause until YYYY-MM-DD or /pause 3 days")]
    [InlineData("/pause forever", "Use /pause until YYYY-MM-DD or /pause 3 days")]
    [InlineData("/pause until 20/01/2026", "Use /pause until YYYY-MM-DD or /pause 3 days")]
    [InlineData("/pause until 2026-01-01", "Thu 1 Jan 2026 has already passed")]
    [InlineData("/pause 0 days", "Use /pause until YYYY-MM-DD")]
    [InlineData("/pause until 2030-01-01", "I can pause for up to a year at a time.")]
    [InlineData("/pause 400 days", "I can pause for up to a year at a time.")]
    [InlineData("/pause 60 weeks", "I can pause for up to a year at a time.")]
    [InlineData("/pause 999999999999 weeks", "Use /pause until YYYY-MM-DD")]
    [InlineData("/pause 400000000 weeks", "I can pause for up to a year at a time.")]
    public async Task Pause_BadInput_SaysTheRightForm(string command, string expected)
    {
        await using var bot = await TestBot.StartAsync();

        Assert.StartsWith(expected, await bot.SendAsync(command));
        Assert.Null((await SettingsAsync(bot)).PausedUntil);
    }

    [Fact]
    public async Task Resume_WhenNotPaused_SaysSo()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.Equal("You're not paused: your reminders are on. See them with /remind.", await bot.SendAsync("/resume"));
    }

    [Fact]
    public async Task Snooze_WithoutAnyReminderSent_SaysThereIsNothingToSnooze()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.StartsWith("There's nothing to snooze yet", await bot.SendAsync("/snooze 1h"));
        Assert.Null((await SettingsAsync(bot)).SnoozedUntil);
    }

    [Fact]
    public async Task Snooze_StoresTheLatestSentReminderAndWhenToSendItAgain()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendAsync("/timezone Europe/Berlin");
        var me = await bot.MemberAsync("me");
        await using (var db = bot.Db())
        {
            var now = bot.Time.GetUtcNow();
            db.Outbox.Add(Sent(me, ReminderKind.Kickoff, "2026-01-15T08:00", now.AddHours(-2)));
            db.Outbox.Add(Sent(me, ReminderKind.Nudge, "2026-01-15T09:30", now.AddMinutes(-30)));
            db.Outbox.Add(new OutboxEntry { Key = $"m{me.Id}:checkin:2026-01-15T20:00", SpaceId = me.SpaceId, MemberId = me.Id, Kind = ReminderKind.Checkin, LocalOccurrence = "2026-01-15T20:00" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var reply = await bot.SendAsync("/snooze 1h30m");

        Assert.Equal("😴 I'll send your nudge again at Thu 15 Jan 11:30.", reply);
        var settings = await SettingsAsync(bot);
        Assert.Equal((bot.Time.GetUtcNow().AddMinutes(90), ReminderKind.Nudge, $"m{me.Id}:nudge:2026-01-15T09:30"),
            (settings.SnoozedUntil!.Value, settings.SnoozedKind!.Value, settings.SnoozedKey));
    }

    private static OutboxEntry Sent(Member member, ReminderKind kind, string local, DateTimeOffset at) => new()
    {
        Key = $"m{member.Id}:{ReminderPlanner.Name(kind)}:{local}", SpaceId = member.SpaceId, MemberId = member.Id, Kind = kind,
        LocalOccurrence = local, DueAt = at, DecidedAt = at, SentAt = at, State = OutboxState.Sent,
    };

    [Theory]
    [InlineData("/snooze forever")]
    [InlineData("/snooze 2d")]
    [InlineData("/snooze 2m")]
    [InlineData("/snooze 30h")]
    public async Task Snooze_BadDuration_SaysTheRightForm(string command)
    {
        await using var bot = await TestBot.StartAsync();

        Assert.Equal("Use /snooze 1h, /snooze 30m or /snooze 2h30m (5 minutes to 24 hours).", await bot.SendAsync(command));
    }

    [Fact]
    public async Task Help_ListsTheReminderCommands()
    {
        await using var bot = await TestBot.StartAsync();

        var help = await bot.SendAsync("/help");

        foreach (var verb in new[] { "/remind", "/snooze", "/quiet", "/pause", "/resume" })
            Assert.Contains(verb, help);
        Assert.Contains("Example: /remind kickoff 07:15 weekdays", await bot.SendAsync("/help remind"));
    }

    [Fact]
    public async Task WritingAgain_MakesAnUnreachableMemberReachable()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendAsync("/start");
        await using (var db = bot.Db())
        {
            var me = await db.Members.SingleAsync(TestContext.Current.CancellationToken);
            me.Settings = new ReminderSettings { Unreachable = true }.ToJson();
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await bot.SendAsync("/today");

        Assert.False((await SettingsAsync(bot)).Unreachable);
    }
}
