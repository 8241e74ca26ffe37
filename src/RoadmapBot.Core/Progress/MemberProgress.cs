using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Progress;

/// <summary>One member's item states; an item they never touched keeps the status the file gave it.</summary>
public sealed class MemberProgress(IReadOnlyDictionary<string, ItemProgress> rows)
{
    public ItemStatus StatusOf(StoredItem item) => rows.TryGetValue(item.Key, out var row) ? row.Status : item.InitialStatus;

    public ItemProgress? RowOf(StoredItem item) => rows.GetValueOrDefault(item.Key);

    /// <summary>True once the member has changed any item's status.</summary>
    public bool Any => rows.Count > 0;

    public static async Task<MemberProgress> LoadAsync(RoadmapDbContext db, long memberId, CancellationToken cancellationToken)
    {
        var rows = await db.Progress.AsNoTracking().Where(p => p.MemberId == memberId).ToListAsync(cancellationToken);
        return new MemberProgress(rows.ToDictionary(r => r.ItemKey, StringComparer.OrdinalIgnoreCase));
    }
}
