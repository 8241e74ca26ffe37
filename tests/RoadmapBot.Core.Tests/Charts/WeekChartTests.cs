using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Charts;

public sealed class WeekChartTests
{
    [Fact]
    public async Task Bars_Seed000_ShowEachDailyHabitAsDaysMetOfSeven()
    {
        await using var bot = await GeneratedProgress.StartAsync();
        var (view, _, totals) = await GeneratedProgress.LoadAsync(bot);

        var member = new HabitDays(DateOnly.MinValue, new HashSet<DateOnly>());   // long a member, no rest days
        var bars = WeekChart.Bars(view, totals, member, new DateOnly(2026, 4, 13), GeneratedProgress.Today);

        Assert.Equal(["sql: days met", "project: days met", "commits: days met", "reading: days met", "update: days met"], bars.Select(b => b.Label));
        Assert.All(bars, b => Assert.Equal((7.0, "days"), (b.Target, b.Unit)));
        Assert.Equal(view.Habits.Select(h => (double)totals.DaysMet(h, new DateOnly(2026, 4, 13), GeneratedProgress.Today)), bars.Select(b => b.Value));
    }

    [Fact]
    public async Task Bars_MemberJoinedMidWeekWithARestDay_TargetIsTheWeeksDaysThatCount()
    {
        await using var bot = await GeneratedProgress.StartAsync();
        var (view, _, totals) = await GeneratedProgress.LoadAsync(bot);
        var member = new HabitDays(GeneratedProgress.Today, new HashSet<DateOnly> { new(2026, 4, 19) });   // joined Wed, resting Sun

        var bars = WeekChart.Bars(view, totals, member, new DateOnly(2026, 4, 13), GeneratedProgress.Today);

        Assert.All(bars, b => Assert.Equal(4.0, b.Target));
    }

    [Fact]
    public async Task Week_WithItemsDueThisWeek_DrawsThemAgainstTheirCount()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);
        await bot.SendAsync("/plan start 2026-01-12");  // week 1 is this week: two items due Sun 18 Jan
        await bot.SendAsync("/done w1.1");

        var reply = await bot.ReplyAsync("/week");

        Assert.Contains("Due this week (1/2 done)", reply.ToPlainText());
        PngAssert.Picture(Assert.IsType<ChatFile>(reply.File).Content, ChartStyle.Width, WeekChart.HeightFor(1));
    }

    [Fact]
    public void Render_OverTheTarget_StillFitsAndDiffersFromUnder()
    {
        WeekBar[] under = [new("sql", 10, 28, "problems")], over = [new("sql", 40, 28, "problems")];

        PngAssert.Picture(WeekChart.Render("Week of Mon 13 Apr", over, daysSoFar: 3), ChartStyle.Width, WeekChart.HeightFor(1));
        Assert.NotEqual(WeekChart.Render("Week of Mon 13 Apr", under, 3), WeekChart.Render("Week of Mon 13 Apr", over, 3));
    }
}
