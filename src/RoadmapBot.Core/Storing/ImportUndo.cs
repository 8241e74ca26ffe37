using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Storing;

/// <summary>What /undo of an import put back: the roadmap's size, and how members' progress moved.</summary>
public sealed record UndoneImport(int Items, int MembersBack, int MembersAside, int ItemsAside);

/// <summary>
/// Takes back a confirmed import: the previous roadmap exactly, everyone's progress as it was on its items and what was kept
/// aside then. Progress logged since the import stays: on its item's old key where the old roadmap has the item, else aside.
/// </summary>
public static class ImportUndo
{
    public static async Task<UndoneImport> RestoreAsync(RoadmapDbContext db, SpaceRoadmap row, ImportSnapshot before, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await StepTransaction.BeginAsync(db, ct);
        var spaceId = row.SpaceId;
        var members = await db.Members.Where(m => m.SpaceId == spaceId).Select(m => m.Id).ToHashSetAsync(ct);
        var items = await db.Items.AsNoTracking().Where(i => i.RoadmapId == row.Id).ToListAsync(ct);
        var itemByKey = items.ToDictionary(i => i.Key, StringComparer.OrdinalIgnoreCase);
        var oldKeyOf = before.Moves.ToDictionary(m => m.Value, m => m.Key, StringComparer.OrdinalIgnoreCase);

        // What was kept aside before the import is again exactly that; what the import set aside is back in the progress below.
        var keptBefore = before.KeptAside.Select(k => k.Id).ToHashSet();
        var keptNow = await db.KeptAside.Where(k => k.SpaceId == spaceId).ToListAsync(ct);
        var fromImport = keptNow.Where(k => !keptBefore.Contains(k.Id)).ToList();
        db.KeptAside.RemoveRange(fromImport);
        var present = keptNow.Select(k => k.Id).ToHashSet();
        foreach (var k in before.KeptAside.Where(k => !present.Contains(k.Id) && members.Contains(k.MemberId)))
            db.KeptAside.Add(Copy(k));

        // Rows untouched since the import are replaced by the snapshot; rows changed since stay, on the old key or aside.
        var rows = await ProgressCarry.SpaceProgress(db, spaceId).ToListAsync(ct);
        var since = rows.Where(r => r.ChangedAt > before.At).ToList();
        db.Progress.RemoveRange(rows.Except(since));
        var leaving = since.Where(r => !oldKeyOf.ContainsKey(r.ItemKey)).ToList();
        foreach (var r in leaving)
            db.KeptAside.Add(ProgressCarry.Aside(spaceId, r, itemByKey.GetValueOrDefault(r.ItemKey), now));
        db.Progress.RemoveRange(leaving);
        var staying = since.Except(leaving).Select(r => (Row: r, To: oldKeyOf[r.ItemKey])).ToList();
        await ProgressCarry.RenameAsync(db, staying, ct);
        var occupied = staying.Select(s => (s.Row.MemberId, s.To.ToLowerInvariant())).ToHashSet();
        foreach (var p in before.Progress.Where(p => members.Contains(p.MemberId) && !occupied.Contains((p.MemberId, p.ItemKey.ToLowerInvariant()))))
            db.Progress.Add(new ItemProgress { MemberId = p.MemberId, ItemKey = p.ItemKey, Status = p.Status, ChangedAt = p.ChangedAt, FromFile = p.FromFile, ProofUrl = p.ProofUrl, Notes = p.Notes });
        await db.SaveChangesAsync(ct);

        await RoadmapStore.DeletePartsAsync(db, row.Id, ct);
        (row.Title, row.Source, row.ContentHash, row.ImportedAt, row.Extras) = (before.Title, before.Source, before.ContentHash, before.ImportedAt, before.Extras);
        db.Phases.AddRange(before.Phases.Select(p => { p.Id = 0; p.RoadmapId = row.Id; return p; }));
        db.Items.AddRange(before.Items.Select(i => Restored(i, row.Id)));
        db.Habits.AddRange(before.Habits.Select(h => { h.Id = 0; h.RoadmapId = row.Id; return h; }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new UndoneImport(before.Items.Count, fromImport.Where(k => members.Contains(k.MemberId)).Select(k => k.MemberId).Distinct().Count(),
            leaving.Select(r => r.MemberId).Distinct().Count(), leaving.Select(r => r.ItemKey.ToLowerInvariant()).Distinct().Count());
    }

    // A snapshot taken before items kept a calendar identity has none: theirs was then the one made from the key.
    private static StoredItem Restored(StoredItem item, long roadmapId)
    {
        (item.Id, item.RoadmapId) = (0, roadmapId);
        if (item.CalendarId.Length == 0)
            item.CalendarId = StoredItem.KeyCalendarId(item.Key);
        return item;
    }

    private static KeptAsideProgress Copy(KeptAsideProgress k) => new()
    {
        SpaceId = k.SpaceId, MemberId = k.MemberId, ItemKey = k.ItemKey, ItemTitle = k.ItemTitle, PositionalKey = k.PositionalKey,
        Status = k.Status, ChangedAt = k.ChangedAt, FromFile = k.FromFile, ProofUrl = k.ProofUrl, Notes = k.Notes, KeptAt = k.KeptAt,
    };
}
