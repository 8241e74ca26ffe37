using RoadmapBot.Core.Charts;

namespace RoadmapBot.Core.Tests.Charts;

public sealed class StreakHeatmapTests
{
    [Fact]
    public async Task Render_Seed000WithGeneratedProgress_IsAPhoneSizedPicture()
    {
        await using var bot = await GeneratedProgress.StartAsync();
        var (view, _, totals) = await GeneratedProgress.LoadAsync(bot);

        var png = StreakHeatmap.Render(HabitCalendar.From(totals, view.Habits, totals.Streaks(GeneratedProgress.Today, HabitCalendarTests.NoRules), GeneratedProgress.Today));

        PngAssert.Picture(png, ChartStyle.Width, StreakHeatmap.Height);
    }

    [Fact]
    public void Render_RestAndFrozenDays_AddColoursOfTheirOwn()
    {
        var today = new DateOnly(2026, 4, 15);
        var met = Enumerable.Range(0, 60).ToDictionary(i => today.AddDays(-i), i => i % 3 / 2.0);
        var plain = new HabitCalendar(today, met, 3, 9);
        var marked = plain with { RestDays = new HashSet<DateOnly> { today.AddDays(-4) }, FrozenDays = new HashSet<DateOnly> { today.AddDays(-8) } };

        Assert.NotEqual(StreakHeatmap.Render(plain), StreakHeatmap.Render(marked));
        PngAssert.Picture(StreakHeatmap.Render(marked), ChartStyle.Width, StreakHeatmap.Height);
    }
}
