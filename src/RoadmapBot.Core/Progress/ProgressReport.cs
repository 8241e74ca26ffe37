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

    // One pass over the items: every /done reply and reminder computes this, so it stays linear in the roadmap's size.
    public static ProgressReport Compute(RoadmapView view, MemberProgress progress, DateOnly today)
    {
        var phaseCounts = new Dictionary<string, (int Done, int Total)>(view.Phases.Count, StringComparer.Ordinal);
        foreach (var phase in view.Phases)
            phaseCounts[phase.Key] = default;
        var dues = new List<DateOnly>();
        int done = 0, total = 0, skipped = 0;
        double hoursDone = 0, hoursPlanned = 0;
        foreach (var item in view.Items)
        {
            var status = progress.StatusOf(item);
            if (status == ItemStatus.Skipped)
            {
                skipped++;
                continue;
            }
            var isDone = status == ItemStatus.Done;
            total++;
            hoursPlanned += item.Hours ?? 0;
            if (isDone)
            {
                done++;
                hoursDone += item.Hours ?? 0;
            }
            if (phaseCounts.TryGetValue(item.PhaseKey, out var counts))
                phaseCounts[item.PhaseKey] = (counts.Done + (isDone ? 1 : 0), counts.Total + 1);
            if (item.DueDate is { } due)
                dues.Add(due);
        }
        dues.Sort();
        var expected = 0;
        while (expected < dues.Count && dues[expected] <= today)
            expected++;
        var phases = view.Phases.Select(p => new PhaseProgress(p.Key, p.Title, phaseCounts[p.Key].Done, phaseCounts[p.Key].Total)).ToList();
        return new ProgressReport(done, total, skipped, hoursDone, hoursPlanned, phases, expected, dues.Count > 0 ? dues[^1] : null)
        {
            BehindSince = done < dues.Count && dues[done] < today ? dues[done] : null,
        };
    }
}
