using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Storing;

/// <summary>What a replacement does with members' progress: how many members' rows on how many items go aside or come back.</summary>
public sealed record CarryOver(int MembersAside, int ItemsAside, int MembersBack, int ItemsBack)
{
    public static CarryOver None { get; } = new(0, 0, 0, 0);
}

/// <summary>
/// Carries the space's progress across a replacement and deletes none of it: rows on matched items follow them to their
/// new keys; rows on items that left the file go aside (<see cref="KeptAsideProgress"/>); rows kept aside come back
/// to an added item with their title, or with their explicit key (a positional key names a place, not an item).
/// </summary>
public static class ProgressCarry
{
    public static async Task<CarryOver> PreviewAsync(RoadmapDbContext db, long spaceId, RoadmapDiff diff, CancellationToken ct)
    {
        var rows = await SpaceProgress(db, spaceId).AsNoTracking().Select(p => new { p.MemberId, p.ItemKey }).ToListAsync(ct);
        var aside = rows.Where(r => !diff.Moves.ContainsKey(r.ItemKey)).ToList();
        var kept = await db.KeptAside.AsNoTracking().Where(k => k.SpaceId == spaceId).ToListAsync(ct);
        var back = Returning(kept, diff.Added, rows.Select(r => (r.MemberId, diff.Moves.GetValueOrDefault(r.ItemKey) ?? ""))).ToList();
        return new CarryOver(
            aside.Select(r => r.MemberId).Distinct().Count(), aside.Select(r => r.ItemKey.ToLowerInvariant()).Distinct().Count(),
            back.Select(b => b.Row.MemberId).Distinct().Count(), back.Select(b => b.To.Key).Distinct().Count());
    }

    /// <summary>Moves, keeps aside and brings back the space's progress rows for <paramref name="diff"/>, saving as it goes.</summary>
    public static async Task<CarryOver> ApplyAsync(RoadmapDbContext db, long spaceId, RoadmapDiff diff, IReadOnlyList<StoredItem> oldItems, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await SpaceProgress(db, spaceId).ToListAsync(ct);
        var oldByKey = oldItems.DistinctBy(i => i.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(i => i.Key, StringComparer.OrdinalIgnoreCase);
        var leaving = rows.Where(r => !diff.Moves.ContainsKey(r.ItemKey)).ToList();
        foreach (var row in leaving)
            db.KeptAside.Add(Aside(spaceId, row, oldByKey.GetValueOrDefault(row.ItemKey), now));
        db.Progress.RemoveRange(leaving);
        await RenameAsync(db, [.. rows.Where(r => diff.Moves.ContainsKey(r.ItemKey)).Select(r => (r, diff.Moves[r.ItemKey]))], ct);

        var kept = await db.KeptAside.Where(k => k.SpaceId == spaceId).ToListAsync(ct);
        var back = Returning(kept, diff.Added, rows.Except(leaving).Select(r => (r.MemberId, r.ItemKey))).ToList();
        foreach (var (row, to) in back)
        {
            db.KeptAside.Remove(row);
            db.Progress.Add(new ItemProgress
            {
                MemberId = row.MemberId, ItemKey = to.Key, Status = row.Status, ChangedAt = row.ChangedAt, FromFile = row.FromFile,
                ProofUrl = row.ProofUrl, Notes = row.Notes,
            });
        }
        await db.SaveChangesAsync(ct);
        return new CarryOver(
            leaving.Select(r => r.MemberId).Distinct().Count(), leaving.Select(r => r.ItemKey.ToLowerInvariant()).Distinct().Count(),
            back.Select(b => b.Row.MemberId).Distinct().Count(), back.Select(b => b.To.Key).Distinct().Count());
    }

    public static IQueryable<ItemProgress> SpaceProgress(RoadmapDbContext db, long spaceId)
    {
        var memberIds = db.Members.Where(m => m.SpaceId == spaceId).Select(m => m.Id);
        return db.Progress.Where(p => memberIds.Contains(p.MemberId));
    }

    public static KeptAsideProgress Aside(long spaceId, ItemProgress row, StoredItem? item, DateTimeOffset now) => new()
    {
        SpaceId = spaceId, MemberId = row.MemberId, ItemKey = row.ItemKey, ItemTitle = item?.Title ?? "",
        PositionalKey = item?.PositionalKey ?? row.ItemKey.Contains('.'), Status = row.Status, ChangedAt = row.ChangedAt,
        FromFile = row.FromFile, ProofUrl = row.ProofUrl, Notes = row.Notes, KeptAt = now,
    };

    /// <summary>Changes rows' keys in two steps, so that swapped keys never collide on the unique (member, key) index.</summary>
    public static async Task RenameAsync(RoadmapDbContext db, IReadOnlyList<(ItemProgress Row, string To)> moving, CancellationToken ct)
    {
        var changing = moving.Where(m => !string.Equals(m.Row.ItemKey, m.To, StringComparison.Ordinal)).ToList();
        foreach (var (row, _) in changing)
            row.ItemKey = $"~{row.Id}";
        await db.SaveChangesAsync(ct);
        foreach (var (row, to) in changing)
            row.ItemKey = to;
        await db.SaveChangesAsync(ct);
    }

    // Kept-aside rows that come back: to an added item with their title, else with their explicit key; never onto an item the member already has progress on.
    private static IEnumerable<(KeptAsideProgress Row, StoredItem To)> Returning(
        IReadOnlyList<KeptAsideProgress> kept, IReadOnlyList<StoredItem> added, IEnumerable<(long MemberId, string Key)> occupied)
    {
        if (kept.Count == 0 || added.Count == 0)
            yield break;
        var byTitle = added.GroupBy(i => TitleSimilarity.Normalize(i.Title)).ToDictionary(g => g.Key, g => g.First());
        var byKey = added.DistinctBy(i => i.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(i => i.Key, StringComparer.OrdinalIgnoreCase);
        var taken = occupied.Select(o => (o.MemberId, o.Key.ToLowerInvariant())).ToHashSet();
        foreach (var row in kept.OrderByDescending(k => k.KeptAt))
        {
            var to = (row.ItemTitle.Length > 0 ? byTitle.GetValueOrDefault(TitleSimilarity.Normalize(row.ItemTitle)) : null)
                ?? (row.PositionalKey ? null : byKey.GetValueOrDefault(row.ItemKey));
            if (to is not null && taken.Add((row.MemberId, to.Key.ToLowerInvariant())))
                yield return (row, to);
        }
    }
}
