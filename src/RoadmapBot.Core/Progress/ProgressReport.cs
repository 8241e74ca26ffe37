using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Progress;

public sealed record PhaseProgress(string Key, string Title, int Done, int Total);

/// <summary>Plan against actual for one member: counts, hours and schedule. Skipped items leave the total.</summary>
public sealed record ProgressReport(
    int Done,
    int Total,
    int Skipped,
    double HoursDone,
    double HoursPlanned,
    IReadOnlyList<PhaseProgress> Phases,
    int ExpectedByToday,
    DateOnly? PlannedFinish)
{
    public int Percent => Show.Percent(Done, Total);
    public int Behind => Math.Max(0, ExpectedByToday - Done);

    /// <summary>The plan's date for the first item not yet done, when that date has passed: how far behind the member is.</summary>
    public DateOnly? BehindSince { get; init; }

    public int DaysBehind(DateOnly today) => BehindSince is { } since ? today.DayNumber - since.DayNumber : 0;

    public static ProgressReport Compute(RoadmapView view, MemberProgress progress, DateOnly today)
    {
        var statuses = view.Items.Select(i => (Item: i, Status: progress.StatusOf(i))).ToList();
        var counted = statuses.Where(x => x.Status != ItemStatus.Skipped).ToList();
        var done = counted.Count(x => x.Status == ItemStatus.Done);
        var phases = view.Phases.Select(p => new PhaseProgress(p.Key, p.Title,
            counted.Count(x => x.Item.PhaseKey == p.Key && x.Status == ItemStatus.Done),
            counted.Count(x => x.Item.PhaseKey == p.Key))).ToList();
        var dues = counted.Where(x => x.Item.DueDate is not null).Select(x => x.Item.DueDate!.Value).Order().ToList();
        return new ProgressReport(
            done,
            counted.Count,
            statuses.Count - counted.Count,
            counted.Where(x => x.Status == ItemStatus.Done).Sum(x => x.Item.Hours ?? 0),
            counted.Sum(x => x.Item.Hours ?? 0),
            phases,
            dues.Count(d => d <= today),
            dues.Count > 0 ? dues.Max() : null)
        {
            BehindSince = done < dues.Count && dues[done] < today ? dues[done] : null,
        };
    }
}
