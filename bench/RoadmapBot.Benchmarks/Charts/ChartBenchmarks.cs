using BenchmarkDotNet.Attributes;
using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Progress;
using ScottPlot;

namespace RoadmapBot.Benchmarks.Charts;

/// <summary>
/// Rendering each chart to PNG bytes, from inputs shaped like seed 000 at mid-plan (7 phases, 72 items, 26 done over
/// 4.5 months; 26 weeks of habit days; 10 members; 5 weekly bars). Charts are drawn on demand, per command. The baseline
/// (issue 20's floor for /progress) is ScottPlot's plainest picture: a bar chart of 7 values, 800 × 600 px, rendered and encoded as PNG.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]  // server GC, as these figures were first taken; the bot itself runs non-concurrent workstation GC (issue 20)
public class ChartBenchmarks
{
    private static readonly DateOnly Today = new(2026, 4, 15);
    private static readonly double[] PlainValues = [14, 9, 4, 0, 0, 0, 0];
    private ProgressReport _report = null!;
    private BurnUp _burnUp = null!;
    private HabitCalendar _calendar = null!;
    private List<BoardLine> _board = [];
    private List<WeekBar> _week = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(0);
        var start = new DateOnly(2025, 12, 1);
        _report = new ProgressReport(26, 72, 0, 1435, 5800,
            [.. Enumerable.Range(1, 7).Select(p => new PhaseProgress($"ph{p}", $"Phase {p} with a title of some length", Math.Max(0, 14 - 5 * p), 10 + p))], 10, Today.AddDays(600));
        var planned = Enumerable.Range(0, 66).Select(i => new BurnUpPoint(start.AddDays(i * 9), i + 1, (i + 1) * 60.0)).ToList();
        var actual = Enumerable.Range(0, 26).Select(i => new BurnUpPoint(start.AddDays(i * 5), i + 1, (i + 1) * 55.0)).ToList();
        _burnUp = new BurnUp(start, Today, planned, [.. actual, actual[^1] with { Day = Today }], 72, 5800, Today.AddDays(140));
        var first = Weeks.Start(Today).AddDays(-7 * 25);
        _calendar = new HabitCalendar(Today, Enumerable.Range(0, Today.DayNumber - first.DayNumber + 1).ToDictionary(first.AddDays, _ => random.Next(6) / 5.0), 4, 9)
        {
            FrozenDays = new HashSet<DateOnly> { Today.AddDays(-14) },
        };
        _board = [.. Enumerable.Range(1, 10).Select(i => new BoardLine($"member {i}",
            [new($"{30 - i}/72 · {(30 - i) * 100 / 72}%", 30 - i, 72), new($"{i} days", i), new(i % 3 == 0 ? "behind by 2" : "on track", 0, Warning: i % 3 == 0)]))];
        _week = [.. new[] { "sql", "project", "commits", "reading", "update" }.Select((m, i) => new WeekBar($"{m}: days met", i + 1, 7, "days"))];
    }

    [Benchmark(Baseline = true)]
    public int PlainBarChart()
    {
        var plot = new Plot();
        plot.Add.Bars(PlainValues);
        return plot.GetImageBytes(800, 600, ImageFormat.Png).Length;
    }

    [Benchmark]
    public int Progress() => ProgressChart.Render(_report, _burnUp).Length;

    [Benchmark]
    public int Streak() => StreakHeatmap.Render(_calendar).Length;

    [Benchmark]
    public int Board() => BoardChart.Render("Leaderboard", ["Done", "Streak", "Plan"], _board).Length;

    [Benchmark]
    public int Week() => WeekChart.Render("Week of Mon 13 Apr", _week, daysSoFar: 3).Length;
}
