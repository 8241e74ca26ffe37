using Microsoft.Extensions.Caching.Memory;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>
/// Spaces' roadmap views, kept between commands: each command reads the roadmap's small stamp and the view is rebuilt
/// only when it differs, so a re-import or /plan in any process on the database is seen by the next command here.
/// </summary>
public sealed class RoadmapCache(int capacityItems = RoadmapCache.Capacity) : IDisposable
{
    // Sized by items, not views, so a few huge roadmaps can't fill memory: seed 000's view takes about 1.1 KB an item,
    // so 150,000 items (about 2,000 such roadmaps) stay under about 165 MB; the least recently used go first.
    public const int Capacity = 150_000;

    private readonly MemoryCache _views = new(new MemoryCacheOptions { SizeLimit = capacityItems, TrackStatistics = true });

    /// <summary>What the cached views hold together, in the unit the capacity counts.</summary>
    public long CachedItems => _views.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The view of the roadmap <paramref name="stamp"/> names: kept if it matches, else read from <paramref name="db"/>.</summary>
    public async Task<RoadmapView?> GetAsync(RoadmapDbContext db, long spaceId, RoadmapStamp? stamp, CancellationToken ct)
    {
        if (stamp is null)
            return null;
        if (_views.TryGetValue(spaceId, out RoadmapView? view) && view!.Roadmap == stamp)
            return view;
        view = await RoadmapView.LoadAsync(db, stamp, ct);
        _views.Set(spaceId, view, new MemoryCacheEntryOptions { Size = Math.Max(1, view.Items.Count) });
        return view;
    }

    public void Dispose() => _views.Dispose();
}
