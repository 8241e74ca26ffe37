using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>A space's roadmap read in full (untracked): phases, items in order, habits and the rest.</summary>
public sealed class RoadmapView
{
    public required SpaceRoadmap Roadmap { get; init; }
    public required IReadOnlyList<StoredPhase> Phases { get; init; }
    public required IReadOnlyList<StoredItem> Items { get; init; }
    public required IReadOnlyList<StoredHabit> Habits { get; init; }
    public required RoadmapExtras Extras { get; init; }

    public StoredItem? Find(string key) => Items.FirstOrDefault(i => string.Equals(i.Key, key, StringComparison.OrdinalIgnoreCase));

    public StoredPhase? PhaseOf(StoredItem item) => Phases.FirstOrDefault(p => p.Key == item.PhaseKey);

    public static async Task<RoadmapView?> LoadAsync(RoadmapDbContext db, long spaceId, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().FirstOrDefaultAsync(r => r.SpaceId == spaceId, cancellationToken);
        if (roadmap is null)
            return null;
        return new RoadmapView
        {
            Roadmap = roadmap,
            Phases = await db.Phases.AsNoTracking().Where(p => p.RoadmapId == roadmap.Id).OrderBy(p => p.Order).ToListAsync(cancellationToken),
            Items = await db.Items.AsNoTracking().Where(i => i.RoadmapId == roadmap.Id).OrderBy(i => i.Order).ToListAsync(cancellationToken),
            Habits = await db.Habits.AsNoTracking().Where(h => h.RoadmapId == roadmap.Id).OrderBy(h => h.Order).ToListAsync(cancellationToken),
            Extras = RoadmapExtras.Parse(roadmap.Extras),
        };
    }
}
