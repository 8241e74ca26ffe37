namespace RoadmapBot.Core.Commands;

/// <summary>Every command a member can type, in the order /help lists them.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandInfo> All { get; } =
    [
        new("start", "/start", "what I do and how to get going"),
        new("help", "/help [command]", "the commands, or one command in detail", "/help log"),
        new("import", "/import (a .md file attached, or the text pasted after it)", "load or replace the roadmap (admins); /import confirm applies a replacement; /import include N or /import exclude N reads a section as plan or reference") { AdminOnly = true, PublicBecause = "everyone should know the roadmap changed" },
        new("roadmap", "/roadmap", "describe the loaded roadmap"),
        new("export", "/export md|csv", "the roadmap as a file with your progress: Markdown to edit and /import again, or CSV for Notion and spreadsheets", "/export md"),
        new("plan", "/plan start DATE | /plan shift N days|weeks", "anchor the schedule or move it (admins)", "/plan start 2026-01-05") { AdminOnly = true, PublicBecause = "everyone should know the schedule moved" },
        new("replan", "/replan [shift|spread]", "when behind by more than a week of work: shift or spread your own open items (/undo takes it back)", "/replan shift"),
        new("today", "/today", "today's non-negotiables, agenda and what is due"),
        new("tasks", "/tasks [phase|status|skill|due|overdue]", "browse items", "/tasks ph2"),
        new("task", "/task KEY", "one item in detail", "/task t5"),
        new("done", "/done KEY…", "mark items done (several keys or ranges)", "/done t1 t2 t5-t7") { PublicBecause = "progress the group should see" },
        new("doing", "/doing KEY…", "mark items in progress", "/doing t3") { PublicBecause = "progress the group should see" },
        new("blocked", "/blocked KEY reason", "mark an item blocked and say why", "/blocked t4 waiting for the dataset") { PublicBecause = "teammates may be able to unblock it" },
        new("todo", "/todo KEY…", "mark items not started", "/todo t3") { PublicBecause = "a correction of shared progress" },
        new("skip", "/skip KEY…", "skip items (they leave your total)", "/skip t9") { PublicBecause = "a change to shared progress" },
        new("proof", "/proof KEY URL", "attach a proof link to an item", "/proof t1 https://github.com/me/exercises") { PublicBecause = "the proof is for the others" },
        new("note", "/note KEY text", "keep a note on an item", "/note t2 chapter 3 left") { PublicBecause = "notes on items help the others" },
        new("log", "/log METRIC AMOUNT [note]", "log a metric; several pairs, 'yesterday' or a date work too", "/log sql 4 project 1h30") { PublicBecause = "metric logs are the accountability" },
        new("check", "/check HABIT", "tick a yes/no habit for today", "/check update") { PublicBecause = "a ticked habit is the accountability" },
        new("verify", "/verify HABIT github NAME | /verify off", "tie a daily habit to your public GitHub pushes, so it ticks itself before the evening check-in", "/verify commits github octocat"),
        new("undo", "/undo", "take back your last change"),
        new("yes", "/yes", "apply what I read from your last plain message (\"did 4 sql and 2h on the project\", \"t5 done\")") { PublicBecause = "metric logs and status changes are the accountability" },
        new("progress", "/progress [@member]", "done, hours, this week, streak, on track or behind") { PublicBecause = "a progress summary is shared on purpose" },
        new("phase", "/phase [tick N]", "the current phase and its exit criteria", "/phase tick 2") { PublicBecause = "the group's phase and its exit criteria" },
        new("week", "/week", "this week's numbers against the targets") { PublicBecause = "the week's numbers against the shared targets" },
        new("review", "/review [N answer]", "the weekly review questions; answer one with its number", "/review 1 shipped the ETL project"),
        new("streak", "/streak", "days in a row you showed up, per habit too") { PublicBecause = "streaks are a public motivator" },
        new("board", "/board", "the group leaderboard") { PublicBecause = "the leaderboard is the group's" },
        // Short: /help must still fit in one Telegram message.
        new("buddy", "/buddy [NAME|off]",
            "an accountability buddy in the group: you see each other's check-ins",
            "/buddy Ann") { PublicBecause = "a pair is agreed in front of the group, and the other member answers there" },
        new("rest", "/rest [today|tomorrow|DATE|DATE..DATE] | /rest off DATE",
            "plan rest days: they neither break nor extend your streak (missed days also use your monthly freezes); /rest alone lists them",
            "/rest 2026-02-14..2026-02-15"),
        new("share", "/share [METRIC on|off]", "which of your metrics the group sees (all unless you say otherwise); /share alone lists them", "/share sql off"),
        new("daystart", "/daystart [HH:MM]", "when your day starts (00:00–06:00): logs before it count for the day before", "/daystart 04:00"),
        new("link", "/link [CODE|status|off]",
            "one progress on Telegram and Discord: a code links your private chats (groups stay per platform)",
            "/link K7QM-3XHP"),
        new("timezone", "/timezone Area/City", "set your time zone", "/timezone Europe/Berlin"),
        new("remind", "/remind [KIND HH:MM [daily|weekdays|weekends|mon,wed,fri] | KIND off|on | to dm|here]",
            "your reminders and when they come next, or change one (kinds: kickoff, checkin, review, nudge, agenda; group admins: digest, review)",
            "/remind kickoff 07:15 weekdays") { AdminForSomeForms = true },
        new("snooze", "/snooze [1h|30m]", "the last reminder again later", "/snooze 1h"),
        new("quiet", "/quiet [HH:MM-HH:MM… [days] | off | default]", "quiet hours: reminders wait until they end (weekdays unless you say)", "/quiet 07:30-08:45"),
        new("pause", "/pause until DATE | /pause N days", "no reminders until then", "/pause until 2026-02-01"),
        new("resume", "/resume", "end a pause"),
        new("dashboard", "/dashboard [off]", "a private link to your web dashboard (phase board, kanban, calendar, skills, projects, habits); off closes every link", "/dashboard"),
        new("calendar", "/calendar [off]", "a private calendar feed (iCalendar) of your due items and agenda slots; off closes it", "/calendar"),
        new("forget", "/forget me", "delete all your data in this chat (asks to confirm)"),
    ];

    /// <summary>True when the text is a command that may need group admin rights: an adapter asks the platform now, not a cached answer, so a demotion counts at once.</summary>
    public static bool ChecksAdmin(string text) =>
        CommandLine.Parse(text) is { } line && Find(line.Verb) is { } command && (command.AdminOnly || command.AdminForSomeForms);

    public static CommandInfo? Find(string verb) =>
        All.FirstOrDefault(c => c.Verb == verb.TrimStart('/').ToLowerInvariant());

    public static string UsageLine(string verb) => Find(verb) is { } c
        ? $"Use {c.Usage}" + (c.Example is null ? "." : $", e.g. {c.Example}.")
        : "Send /help for the commands.";
}
