using Microsoft.EntityFrameworkCore;

namespace RoadmapBot.Core.Tests.Commands;

public sealed class SettingsCommandTests
{
    [Fact]
    public async Task TimeZone_Valid_IsStoredAndUsedForToday()
    {
        await using var bot = await TestBot.StartAsync();
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 1, 15, 23, 30, 0, TimeSpan.Zero));

        var reply = await bot.SendAsync("/timezone Europe/Berlin");

        Assert.StartsWith("Time zone set to Europe/Berlin. It is Fri 00:30 there", reply);
        Assert.Equal("Europe/Berlin", (await bot.MemberAsync("me")).TimeZone);
    }

    [Fact]
    public async Task TimeZone_Unknown_SaysWhatIsExpected()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.StartsWith("I don't know the time zone “Mars/Base”. Use an IANA name", await bot.SendAsync("/timezone Mars/Base"));
        Assert.Null((await bot.MemberAsync("me")).TimeZone);
    }

    [Theory]
    [InlineData("/timezone berlin", "Europe/Berlin")]
    [InlineData("/timezone New York", "America/New_York")]
    public async Task TimeZone_ByItsCity_IsStoredUnderItsIanaName(string command, string zone)
    {
        await using var bot = await TestBot.StartAsync();

        Assert.StartsWith($"Time zone set to {zone}.", await bot.SendAsync(command));
        Assert.Equal(zone, (await bot.MemberAsync("me")).TimeZone);
    }

    [Theory]
    [InlineData("/timezone EST", "EST stays at UTC−05:00 all year; if your clocks change in summer, send your city instead")]
    [InlineData("/timezone UTC", null)]
    [InlineData("/timezone Asia/Kolkata", null)]
    [InlineData("/timezone Europe/Berlin", null)]
    public async Task TimeZone_AnAbbreviationWithoutSummerTime_IsSetWithAWordAboutSummer(string command, string? warning)
    {
        await using var bot = await TestBot.StartAsync();

        var reply = await bot.SendAsync(command);

        Assert.StartsWith("Time zone set to ", reply);
        var after = reply.Split('\n').Skip(1).ToList();
        if (warning is null)
            Assert.Empty(after);
        else
            Assert.StartsWith(warning, Assert.Single(after));
    }

    [Fact]
    public async Task TimeZone_AsAnOffset_AsksForTheCityAndChangesNothing()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.StartsWith("“UTC+2” is an offset, and offsets do not follow daylight saving", await bot.SendAsync("/timezone UTC+2"));
        Assert.Null((await bot.MemberAsync("me")).TimeZone);
    }

    [Fact]
    public async Task PlanStart_GivesWeeksTheirDueDates_AndShiftMovesThem()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);

        Assert.Equal("Plan starts Mon 5 Jan 2026. The last item is now due Sun 18 Jan 2026.", await bot.SendAsync("/plan start 2026-01-05"));
        Assert.Equal("Plan shifted by 7 days. The last item is now due Sun 25 Jan 2026.", await bot.SendAsync("/plan shift 7 days"));

        await using var db = bot.Db();
        var dues = await db.Items.OrderBy(i => i.Order).Select(i => i.DueDate).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([new DateOnly(2026, 1, 18), new DateOnly(2026, 1, 18), new DateOnly(2026, 1, 25)], dues);
    }

    [Fact]
    public async Task PlanStart_OnARoadmapWithWrittenDates_MovesThemSoThePlanStartsThatDay_InPlaceOfAnEarlierShift()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);  // Phase 1 is January 2026, phase 2 February; t1 is due Sat 31 Jan
        await bot.SendAsync("/plan shift 2 weeks");

        Assert.Equal(
            "Plan starts Sun 1 Feb 2026: the dates written in the roadmap move 31 days later (Thu 1 Jan 2026 becomes Sun 1 Feb 2026). The last item is now due Tue 31 Mar 2026.",
            await bot.SendAsync("/plan start 2026-02-01"));
        Assert.Contains("due Tue 3 Mar", await bot.SendAsync("/task t1"));
        Assert.StartsWith("Plan shifted by 14 days.", await bot.SendAsync("/plan shift 2 weeks"));
        Assert.StartsWith("Plan starts Thu 1 Jan 2026: the dates written in the roadmap are back where the file puts them.", await bot.SendAsync("/plan start 2026-01-01"));
        Assert.Contains("due Sat 31 Jan", await bot.SendAsync("/task t1"));
    }

    [Theory]
    [InlineData("/plan start", "Use /plan start DATE | /plan shift N days|weeks")]
    [InlineData("/plan start 5/1/2026", "“5/1/2026” is not a date; use YYYY-MM-DD")]
    [InlineData("/plan shift lots days", "“lots” is not a number of days")]
    [InlineData("/plan shift 0 days", "A shift of 0 days changes nothing")]
    public async Task Plan_BadInput_SaysTheRightForm(string command, string expected)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);

        Assert.StartsWith(expected, await bot.SendAsync(command));
    }

    [Fact]
    public async Task Forget_AsksFirstThenDeletesOnlyThatMembersData()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendAsync("/import\n" + TestRoadmaps.Mini, "ann", "ann");
        await bot.SendAsync("/done t1", "ann", "ann");
        await bot.SendAsync("/log sql 4", "ann", "ann");
        await bot.SendAsync("/import\n" + TestRoadmaps.Mini, "bob", "bob");
        await bot.SendAsync("/done t1", "bob", "bob");

        var ask = await bot.ReplyAsync("/forget me", "ann", "ann");
        Assert.Equal(4, (await CountsAsync(bot)).Progress); // ann's and bob's t1, and each one's t6 from the file's [x]
        var done = await bot.SendAsync("/forget me confirm", "ann", "ann");

        Assert.Equal("/forget me confirm", Assert.Single(ask.Buttons).Command);
        Assert.StartsWith("Done: everything I stored about you", done);
        Assert.Equal((2, 0, 1), await CountsAsync(bot));
    }

    private static async Task<(int Progress, int Logs, int Members)> CountsAsync(TestBot bot)
    {
        await using var db = bot.Db();
        var ct = TestContext.Current.CancellationToken;
        return (await db.Progress.CountAsync(ct), await db.MetricLogs.CountAsync(ct), await db.Members.CountAsync(ct));
    }

    [Fact]
    public async Task Help_ForOneCommand_ShowsUsageAndExample()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.Equal("/log METRIC AMOUNT [note]\nLog a metric; several pairs, 'yesterday' or a date work too.\nExample: /log sql 4 project 1h30", await bot.SendAsync("/help log"));
        Assert.Equal("There is no /dne command. Did you mean /done?", await bot.SendAsync("/help dne"));
    }

    [Fact]
    public async Task Start_WithoutRoadmap_TellsAdminToImportAndAsksForTimeZone()
    {
        await using var bot = await TestBot.StartAsync();

        var reply = await bot.SendAsync("/start");

        Assert.Contains("(not set yet): send /timezone Area/City", reply);
        Assert.Contains("First, send /import", reply);
    }
}
