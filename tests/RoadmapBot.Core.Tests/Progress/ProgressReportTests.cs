using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Progress;

/// <summary>The progress summary every /done reply, /progress and nudge shows, counted in one pass over the items.</summary>
public sealed class ProgressReportTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    [Fact]
    public void Compute_CountsLikeCountingEachFigureOnItsOwn_OnRandomRoadmaps()
    {
        var random = new Random(20);
        for (var round = 0; round < 300; round++)
        {
            var (view, progress) = RandomRoadmap(random);

            var report = ProgressReport.Compute(view, progress, Today);
            var expected = Oracle(view, progress, Today);

            Assert.Equal(expected with { Phases = report.Phases }, report);
            Assert.Equal(expected.Phases, report.Phases);
        }
    }

    [Fact]
    public void Compute_LeavesSkippedItemsOutOfTheTotal_AndDatesTheFirstItemNotDone()
    {
        var view = View(["p1", "p2"],
            Item("a", "p1", due: Today.AddDays(-9), hours: 2),
            Item("b", "p1", due: Today.AddDays(-2), hours: 3),
            Item("c", "p2", due: Today.AddDays(4)),
            Item("d", "p2", due: Today.AddDays(-5)));
        var progress = Progress(("a", ItemStatus.Done), ("d", ItemStatus.Skipped));

        var report = ProgressReport.Compute(view, progress, Today);

        Assert.Equal((1, 3, 1, 2.0, 5.0, 2), (report.Done, report.Total, report.Skipped, report.HoursDone, report.HoursPlanned, report.ExpectedByToday));
        Assert.Equal([new PhaseProgress("p1", "Phase p1", 1, 2), new PhaseProgress("p2", "Phase p2", 0, 1)], report.Phases);
        Assert.Equal(Today.AddDays(4), report.PlannedFinish);
        Assert.Equal(Today.AddDays(-2), report.BehindSince);
    }

    // What Compute counted before it was one pass: each figure from its own query over the items.
    private static ProgressReport Oracle(RoadmapView view, MemberProgress progress, DateOnly today)
    {
        var statuses = view.Items.Select(i => (Item: i, Status: progress.StatusOf(i))).ToList();
        var counted = statuses.Where(x => x.Status != ItemStatus.Skipped).ToList();
        var done = counted.Count(x => x.Status == ItemStatus.Done);
        var phases = view.Phases.Select(p => new PhaseProgress(p.Key, p.Title,
            counted.Count(x => x.Item.PhaseKey == p.Key && x.Status == ItemStatus.Done),
            counted.Count(x => x.Item.PhaseKey == p.Key))).ToList();
        var dues = counted.Where(x => x.Item.DueDate is not null).Select(x => x.Item.DueDate!.Value).Order().ToList();
        return new ProgressReport(done, counted.Count, statuses.Count - counted.Count,
            counted.Where(x => x.Status == ItemStatus.Done).Sum(x => x.Item.Hours ?? 0), counted.Sum(x => x.Item.Hours ?? 0),
            phases, dues.Count(d => d <= today), dues.Count > 0 ? dues.Max() : null)
        {
            BehindSince = done < dues.Count && dues[done] < today ? dues[done] : null,
        };
    }

    // Phases named twice and items in phases the roadmap no longer lists happen after re-imports; both are drawn here.
    private static (RoadmapView, MemberProgress) RandomRoadmap(Random random)
    {
        var phaseKeys = Enumerable.Range(0, random.Next(0, 6)).Select(p => $"p{random.Next(0, 7)}").ToArray();
        var items = Enumerable.Range(0, random.Next(0, 60)).Select(i => Item($"i{i}", $"p{random.Next(0, 8)}",
            due: random.Next(3) == 0 ? null : Today.AddDays(random.Next(-30, 30)),
            hours: random.Next(3) == 0 ? null : random.Next(1, 40) / 4.0,
            initial: random.Next(6) == 0 ? ItemStatus.Done : ItemStatus.Todo)).ToArray();
        var statuses = Enum.GetValues<ItemStatus>();
        var rows = items.Where(_ => random.Next(2) == 0).Select(i => (i.Key, statuses[random.Next(statuses.Length)])).ToArray();
        return (View(phaseKeys, items), Progress(rows));
    }

    private static RoadmapView View(string[] phases, params StoredItem[] items) => new()
    {
        Roadmap = new RoadmapStamp(1, "hash", null, 0, DateTimeOffset.UnixEpoch),
        Title = "Roadmap",
        Phases = [.. phases.Select((key, i) => new StoredPhase { Key = key, Title = $"Phase {key}", Order = i })],
        Items = items,
        Habits = [],
        Extras = new RoadmapExtras(),
    };

    private static StoredItem Item(string key, string phase, DateOnly? due = null, double? hours = null, ItemStatus initial = ItemStatus.Todo) =>
        new() { Key = key, Title = key, PhaseKey = phase, DueDate = due, Hours = hours, InitialStatus = initial };

    private static MemberProgress Progress(params (string Key, ItemStatus Status)[] rows) =>
        new(rows.ToDictionary(r => r.Key, r => new ItemProgress { MemberId = 1, ItemKey = r.Key, Status = r.Status }, StringComparer.OrdinalIgnoreCase));
}
