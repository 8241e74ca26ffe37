using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Tests.Reminders;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>/share: a metric a member keeps private never reaches the group, while they still see it in private.</summary>
public sealed class ShareCommandTests
{
    // Ann logs every metric of the mini roadmap in the group; the digest covers Mon 12 – Sun 18 Jan.
    private static async Task<TestBot> GroupWithLogsAsync(bool hideSql)
    {
        var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        await Ann(bot, "/remind to here");
        await bot.JoinedLongAgoAsync("ann", "club", group: true);
        if (hideSql)
            Assert.StartsWith("🔒 sql is private", await Ann(bot, "/share sql off"));
        await Ann(bot, "/log sql 7 project 2h reading 30 2026-01-14");
        await bot.SendAsync("/log sql 4", "bob", "club", group: true);
        return bot;
    }

    private static Task<string> Ann(TestBot bot, string command) => bot.SendAsync(command, "ann", "club", group: true);

    /// <summary>Everything the group sees of Ann's numbers: her replies there, others asking about her, the digest, her reminders posted there.</summary>
    private static async Task<Dictionary<string, string>> GroupOutputsAsync(TestBot bot) => new()
    {
        ["/log"] = await Ann(bot, "/log sql 1"),
        ["/check"] = await Ann(bot, "/check sql"),
        ["/undo"] = await Ann(bot, "/undo"),   // takes back "/log sql 1"
        ["/today"] = await Ann(bot, "/today"),
        ["/week"] = await Ann(bot, "/week"),
        ["/streak"] = await Ann(bot, "/streak"),
        ["/progress"] = await Ann(bot, "/progress"),
        ["/share"] = await Ann(bot, "/share"),
        ["/progress @ann"] = await bot.SendAsync("/progress @ann", "bob", "club", group: true),
        ["/board"] = await bot.SendAsync("/board", "bob", "club", group: true),
        ["digest"] = await MessageBench.TextAsync(bot, ReminderKind.Digest, "2026-01-19T09:00", user: null, space: "club"),
        ["kickoff"] = await MessageBench.TextAsync(bot, ReminderKind.Kickoff, "2026-01-15T08:00", user: "ann", space: "club"),
        ["review"] = await MessageBench.TextAsync(bot, ReminderKind.Review, "2026-01-18T18:00", user: "ann", space: "club"),
    };

    [Fact]
    public async Task PrivateMetric_NeverAppearsInGroupOutput()
    {
        await using var bot = await GroupWithLogsAsync(hideSql: true);

        var outputs = await GroupOutputsAsync(bot);

        Assert.All(outputs, o => Assert.DoesNotContain("sql", o.Value, StringComparison.OrdinalIgnoreCase));
        Assert.All(outputs, o => Assert.DoesNotContain("7 problems", o.Value, StringComparison.Ordinal));
        Assert.Contains("reading: 30 minutes", outputs["/week"]);
        Assert.Contains("ann — 0 done this week · habits 2/21", outputs["digest"]);
        Assert.StartsWith("The group sees: project, reading, update; 1 more is private.", outputs["/share"]);
    }

    [Fact]
    public async Task SharedMetric_AppearsInTheSameGroupOutput()
    {
        await using var bot = await GroupWithLogsAsync(hideSql: false);

        var outputs = await GroupOutputsAsync(bot);

        foreach (var name in new[] { "/log", "/check", "/undo", "/today", "/week", "/streak", "/progress", "/share", "/progress @ann", "kickoff", "review" })
            Assert.Contains("sql", outputs[name], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ann — 0 done this week · habits 3/28", outputs["digest"]);   // "/check sql" ticks nothing: sql is counted
    }

    [Fact]
    public async Task PrivateMetric_StillShowsInTheMembersPrivateReminders()
    {
        await using var bot = await GroupWithLogsAsync(hideSql: true);
        await Ann(bot, "/remind to dm");

        var review = await MessageBench.TextAsync(bot, ReminderKind.Review, "2026-01-18T18:00", user: "ann", space: "club");

        Assert.Contains("sql: 7 problems, target met 1/7 days", review);
    }

    [Fact]
    public async Task Share_On_BringsTheMetricBack_AndUndoHidesItAgain()
    {
        await using var bot = await GroupWithLogsAsync(hideSql: true);

        Assert.Equal("sql is already private.", await Ann(bot, "/share SQL problems off"));
        Assert.Equal("👀 sql is shared with the group again.", await Ann(bot, "/share sql on"));
        Assert.Contains("sql: 7 problems", await Ann(bot, "/week"));
        await Ann(bot, "/undo");
        Assert.DoesNotContain("sql", await Ann(bot, "/week"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Share_AllOff_LeavesNoMetricInTheGroupsWeek()
    {
        await using var bot = await GroupWithLogsAsync(hideSql: false);

        Assert.StartsWith("🔒 All your metrics are private", await Ann(bot, "/share all off"));

        var week = await Ann(bot, "/week");
        Assert.DoesNotContain("This week (since", week);
        Assert.StartsWith("The group sees none of your metrics; 4 more are private.", await Ann(bot, "/share"));
        Assert.StartsWith("👀 The group sees all your metrics.", await Ann(bot, "/share all on"));
        Assert.Contains("reading: 30 minutes", await Ann(bot, "/week"));
    }

    // Seed 001's "applications" is a target of each phase only, never a habit.
    private static async Task<TestBot> Seed001GroupAsync()
    {
        var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "001", "club", group: true);
        await Ann(bot, "/log applications 3");
        return bot;
    }

    private static async Task<string> SeenOfAnnAsync(TestBot bot) => string.Join("\n",
        await bot.SendAsync("/progress @ann", "bob", "club", group: true),
        await Ann(bot, "/week"),
        await MessageBench.TextAsync(bot, ReminderKind.Digest, "2026-01-19T09:00", user: null, space: "club"));

    [Fact]
    public async Task Share_AMetricOnlyAPhaseTargets_CanBeMadePrivate()
    {
        await using var bot = await Seed001GroupAsync();
        Assert.Contains("applications", await SeenOfAnnAsync(bot));

        Assert.StartsWith("🔒 applications is private", await Ann(bot, "/share applications off"));

        Assert.DoesNotContain("applications", await SeenOfAnnAsync(bot));
    }

    [Fact]
    public async Task Share_AllOff_HidesPerPhaseAndLoggedMetricsToo()
    {
        await using var bot = await Seed001GroupAsync();
        await Ann(bot, "/log pushups 20");

        Assert.StartsWith("🔒 All your metrics are private", await Ann(bot, "/share all off"));

        Assert.DoesNotContain("applications", await SeenOfAnnAsync(bot));
        Assert.Equal("pushups is already private.", await Ann(bot, "/share pushups off"));
        Assert.Equal("applications is already private.", await Ann(bot, "/share applications off"));
        Assert.StartsWith("👀 applications is shared", await Ann(bot, "/share applications on"));
        Assert.StartsWith("The group sees: applications;", await Ann(bot, "/share"));
    }

    [Theory]
    [InlineData("/share banana off", "There is no metric “banana”. Metrics: sql, project, reading, update.")]
    [InlineData("/share sql", "Use /share [METRIC on|off], e.g. /share sql off.")]
    public async Task Share_BadInput_SaysTheRightForm(string command, string expected)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);

        Assert.Equal(expected, await Ann(bot, command));
    }

    [Fact]
    public async Task Share_InAPrivateChat_SaysOnlyTheMemberSeesTheirNumbers()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.StartsWith("Only you see your numbers in this private chat.", await bot.SendAsync("/share"));
    }
}
