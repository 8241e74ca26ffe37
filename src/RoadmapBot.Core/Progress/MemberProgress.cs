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

    public static async Task<MemberProgress> LoadAsync(RoadmapDbContext db, long memberId, CancellationToken cancellationToken) =>
        new(await RowsAsync(db, memberId, cancellationToken));

    /// <summary>All the member's rows, untracked, by item key in any case.</summary>
    public static async Task<Dictionary<string, ItemProgress>> RowsAsync(RoadmapDbContext db, long memberId, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, ItemProgress>(StringComparer.OrdinalIgnoreCase);
        await foreach (var row in RowsOf.For(db)(db, memberId).WithCancellation(cancellationToken))
            rows.Add(row.ItemKey, row);
        return rows;
    }

    // Compiled once: read on every status change, so EF's per-call work on the query (building, extracting, cache lookup) is skipped.
    private static readonly CompiledPerModel<Func<RoadmapDbContext, long, IAsyncEnumerable<ItemProgress>>> RowsOf = new(_ =>
        EF.CompileAsyncQuery((RoadmapDbContext db, long memberId) => db.Progress.AsNoTracking().Where(p => p.MemberId == memberId)));
}
