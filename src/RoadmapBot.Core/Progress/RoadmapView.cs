using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>A space's roadmap read in full (untracked, never changed once built): phases, items in order, habits and the rest.</summary>
public sealed class RoadmapView
{
    public required RoadmapStamp Roadmap { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<StoredPhase> Phases { get; init; }
    public required IReadOnlyList<StoredItem> Items { get; init; }
    public required IReadOnlyList<StoredHabit> Habits { get; init; }
    public required RoadmapExtras Extras { get; init; }

    /// <summary>The group's plan this view was made from by a member's re-plan (itself when no member's dates are in it).</summary>
    public RoadmapView GroupPlan => _groupPlan ?? this;
    private RoadmapView? _groupPlan;

    public StoredItem? Find(string key) => Items.FirstOrDefault(i => string.Equals(i.Key, key, StringComparison.OrdinalIgnoreCase));

    public StoredPhase? PhaseOf(StoredItem item) => Phases.FirstOrDefault(p => p.Key == item.PhaseKey);

    /// <summary>The roadmap as the group may see <paramref name="member"/>'s numbers: without the metrics they keep private.</summary>
    public RoadmapView SharedBy(Member member)
    {
        var settings = AccountabilitySettings.Parse(member.Settings);
        if (!settings.HidesAll && settings.PrivateMetrics.Count == 0)
            return this;
        return new RoadmapView
        {
            Roadmap = Roadmap, Title = Title, Phases = Phases, Items = Items,
            Habits = Habits.Where(h => !settings.Hides(h.Metric)).ToList(),
            Extras = Extras with { WeeklyTargets = Extras.WeeklyTargets.Where(t => !settings.Hides(t.Metric)).ToList() },
            // What one member hides is no part of the group's plan: a buddy's line read from it counts the buddy's own habits.
            _groupPlan = GroupPlan,
        };
    }

    /// <summary>The group's plan with one member's own due dates: each item moved by its shift in days.</summary>
    public RoadmapView ShiftedBy(IReadOnlyDictionary<string, int> shifts)
    {
        var plan = GroupPlan;
        if (shifts.Count == 0)
            return plan;
        return new RoadmapView
        {
            Roadmap = plan.Roadmap, Title = plan.Title, Phases = plan.Phases, Habits = plan.Habits, Extras = plan.Extras,
            Items = plan.Items.Select(i => shifts.TryGetValue(i.Key, out var days) && i.DueDate is { } due ? i.DueOn(due.AddDays(days)) : i).ToList(),
            _groupPlan = plan,
        };
    }

    public static async Task<RoadmapView?> LoadAsync(RoadmapDbContext db, long spaceId, CancellationToken cancellationToken) =>
        await RoadmapStamp.ReadAsync(db, spaceId, cancellationToken) is { } stamp ? await LoadAsync(db, stamp, cancellationToken) : null;

    /// <summary>The parts of the roadmap <paramref name="stamp"/> names; the source text stays in the database.</summary>
    public static async Task<RoadmapView> LoadAsync(RoadmapDbContext db, RoadmapStamp stamp, CancellationToken cancellationToken)
    {
        var head = await db.Roadmaps.Where(r => r.Id == stamp.Id).Select(r => new { r.Title, r.Extras }).SingleAsync(cancellationToken);
        return new RoadmapView
        {
            Roadmap = stamp,
            Title = head.Title,
            Phases = await db.Phases.AsNoTracking().Where(p => p.RoadmapId == stamp.Id).OrderBy(p => p.Order).ToListAsync(cancellationToken),
            Items = await db.Items.AsNoTracking().Where(i => i.RoadmapId == stamp.Id).OrderBy(i => i.Order).ToListAsync(cancellationToken),
            Habits = await db.Habits.AsNoTracking().Where(h => h.RoadmapId == stamp.Id).OrderBy(h => h.Order).ToListAsync(cancellationToken),
            Extras = RoadmapExtras.Parse(head.Extras),
        };
    }
}
