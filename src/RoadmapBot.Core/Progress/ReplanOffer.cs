using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Progress;

/// <summary>
/// A member behind by more than a week of work (items the plan asked before today against those done) gets two ways out:
/// shift everything open by the delay, or spread what remains from today at their own <see cref="Pace"/> (only
/// when there is one). A week of work is their pace over seven days, or the plan's own weekly rate before there is a pace.
/// </summary>
public sealed record ReplanOffer(int Behind, int WeekOfWork, Pace? Pace, ReplanChoice Shift, ReplanChoice? Spread)
{
    public ReplanChoice? Choice(ReplanKind kind) => kind == ReplanKind.Shift ? Shift : Spread;

    /// <summary>The offer for the member whose own plan <paramref name="view"/> is; null when they are not that far behind.</summary>
    public static ReplanOffer? For(RoadmapView view, MemberProgress progress, MemberDay memberDay, DateOnly today)
    {
        var report = ProgressReport.Compute(view, progress, today);
        var pace = Pace.Of(view, progress, memberDay, today);
        var counted = view.Items.Where(i => progress.StatusOf(i) != ItemStatus.Skipped).ToList();
        var weekOfWork = pace is { } p ? Math.Max(1, (int)Math.Ceiling(p.PerDay * 7)) : PlanWeek(counted);
        // Items due today are not late yet, so a shift that lands the first open item on today is caught up.
        var behind = counted.Count(i => i.DueDate < today) - report.Done;
        if (behind <= weekOfWork)
            return null;
        var open = counted.Where(i => i.DueDate is not null && progress.StatusOf(i) != ItemStatus.Done)
            .OrderBy(i => i.DueDate).ThenBy(i => i.Order).ToList();
        if (open.Count == 0)
            return null;
        var delay = Math.Max(1, report.DaysBehind(today));
        var shift = Choose(ReplanKind.Shift, delay, counted, open.Select(i => (i, i.DueDate!.Value.AddDays(delay))));
        var spread = pace is { } q
            ? Choose(ReplanKind.Spread, q.DaysFor(open.Count), counted, open.Select((i, n) => (i, today.AddDays(q.DaysFor(n + 1)))))
            : null;
        return new ReplanOffer(behind, weekOfWork, pace, shift, spread);
    }

    // The plan's items a week: its dated items over the weeks from its first due date to its last.
    private static int PlanWeek(IReadOnlyList<StoredItem> counted)
    {
        var dues = counted.Where(i => i.DueDate is not null).Select(i => i.DueDate!.Value).ToList();
        if (dues.Count == 0)
            return int.MaxValue;
        var weeks = Math.Max(1, (dues.Max().DayNumber - dues.Min().DayNumber + 1) / 7.0);
        return Math.Max(1, (int)Math.Ceiling(dues.Count / weeks));
    }

    private static ReplanChoice Choose(ReplanKind kind, int days, IReadOnlyList<StoredItem> counted, IEnumerable<(StoredItem Item, DateOnly To)> moves)
    {
        var changes = moves.Where(m => m.To != m.Item.DueDate).Select(m => new DueChange(m.Item, m.Item.DueDate!.Value, m.To)).ToList();
        var moved = changes.ToDictionary(c => c.Item.Key, c => c.To);
        var finish = counted.Where(i => i.DueDate is not null).Select(i => moved.GetValueOrDefault(i.Key, i.DueDate!.Value)).Max();
        return new ReplanChoice(kind, days, finish, changes);
    }
}
