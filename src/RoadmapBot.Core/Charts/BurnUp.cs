using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Charts;

/// <summary>A running total on a day: items (or hours) planned, or done, by then.</summary>
public sealed record BurnUpPoint(DateOnly Day, double Items, double Hours);

/// <summary>
/// Planned against actual over time, in items and hours, and when the member finishes at their recent pace. The plan
/// counts each item on its due date; the actual counts each done item on the member's local day it was marked done
/// (items done in the file itself count from the start). Skipped items leave both, as in <see cref="ProgressReport"/>.
/// </summary>
public sealed record BurnUp(
    DateOnly Start,
    DateOnly Today,
    IReadOnlyList<BurnUpPoint> Planned,
    IReadOnlyList<BurnUpPoint> Actual,
    int Total,
    double TotalHours,
    DateOnly? ProjectedFinish)
{
    public BurnUpPoint Now => Actual[^1];

    public static BurnUp Compute(RoadmapView view, MemberProgress progress, MemberDay memberDay, DateOnly today)
    {
        var counted = view.Items.Select(i => (Item: i, Status: progress.StatusOf(i))).Where(x => x.Status != ItemStatus.Skipped).ToList();
        var done = counted.Where(x => x.Status == ItemStatus.Done)
            .Select(x => (x.Item, Day: progress.RowOf(x.Item) is { } row ? memberDay.Of(row.ChangedAt) : (DateOnly?)null))
            .ToList();
        var dated = counted.Where(x => x.Item.DueDate is not null).Select(x => (x.Item, Day: x.Item.DueDate!.Value)).ToList();
        var firstPhase = view.Phases.Select(p => Phases.Window(view, p).Start).FirstOrDefault(s => s is not null);
        var start = new[] { firstPhase, dated.Count > 0 ? dated.Min(d => d.Day) : null, done.Min(d => d.Day) }
            .Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(today).Min();
        start = start > today ? today : start;

        var planned = Running(start, dated);
        var actual = Running(start, done.Select(d => (d.Item, Day: d.Day ?? start)).Where(d => d.Day <= today).ToList());
        if (actual[^1].Day < today)
            actual.Add(actual[^1] with { Day = today });
        // The pace the projection goes by leaves out the file's own marks: the one rule /replan's spread uses too.
        var doneDays = Pace.DoneDays(view, progress, memberDay);
        return new BurnUp(start, today, planned, actual, counted.Count, counted.Sum(x => x.Item.Hours ?? 0),
            Project(doneDays, done.Count, counted.Count, today));
    }

    /// <summary>
    /// The day the last item is done if the member keeps their recent <see cref="Pace"/>;
    /// null when there is not enough data yet; today when everything is done.
    /// </summary>
    public static DateOnly? Project(IReadOnlyList<DateOnly> doneDays, int done, int total, DateOnly today)
    {
        if (total == 0)
            return null;
        if (done >= total)
            return today;
        return Pace.Of(doneDays, today) is { } pace ? today.AddDays(pace.DaysFor(total - done)) : null;
    }

    // A step per day that changes the totals, beginning with the totals on the start day.
    private static List<BurnUpPoint> Running(DateOnly start, IReadOnlyList<(StoredItem Item, DateOnly Day)> items)
    {
        var points = new List<BurnUpPoint>();
        var (count, hours) = (0.0, 0.0);
        foreach (var day in items.GroupBy(x => x.Day < start ? start : x.Day).OrderBy(g => g.Key))
        {
            (count, hours) = (count + day.Count(), hours + day.Sum(x => x.Item.Hours ?? 0));
            if (day.Key > start && points.Count == 0)
                points.Add(new BurnUpPoint(start, 0, 0));
            points.Add(new BurnUpPoint(day.Key, count, hours));
        }
        return points.Count == 0 ? [new BurnUpPoint(start, 0, 0)] : points;
    }
}
