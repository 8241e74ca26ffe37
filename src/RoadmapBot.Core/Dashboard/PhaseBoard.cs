using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Dashboard;

/// <summary>The phase board: each phase with its cards, its rollup (skipped items leave the total, as in /progress) and its exit criteria ticked.</summary>
public sealed record PhaseBoard(IReadOnlyList<PhaseColumn> Phases, ProgressReport? Overall = null)
{
    public static PhaseBoard Build(DashboardSnapshot snapshot, DashboardFilter filter)
    {
        if (snapshot.View is not { } view)
            return new PhaseBoard([]);
        var report = ProgressReport.Compute(view, snapshot.Progress, snapshot.Today);
        var cards = snapshot.Cards(filter).ToLookup(c => c.Item.PhaseKey);
        return new PhaseBoard(
        [
            .. view.Phases
                .Where(p => filter.Phase is null || p.Key.Equals(filter.Phase, StringComparison.OrdinalIgnoreCase))
                .Select(p => new PhaseColumn(p, [.. cards[p.Key]], report.Phases.Single(r => r.Key == p.Key),
                    [.. p.ExitCriteria.Select((text, i) => new ExitCriterion(text, snapshot.Ticks.Contains((p.Key, i + 1))))])),
        ], report);
    }
}

public sealed record PhaseColumn(StoredPhase Phase, IReadOnlyList<DashboardCard> Cards, PhaseProgress Rollup, IReadOnlyList<ExitCriterion> Criteria)
{
    public int Percent => Show.Percent(Rollup.Done, Rollup.Total);
}

public sealed record ExitCriterion(string Text, bool Ticked);
