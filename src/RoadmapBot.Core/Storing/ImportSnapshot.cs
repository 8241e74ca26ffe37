using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Storing;

/// <summary>One member's progress row as it was before an import.</summary>
public sealed record ProgressSnapshot(
    long MemberId, string ItemKey, Roadmaps.ItemStatus Status, DateTimeOffset ChangedAt, string? ProofUrl, string? Notes, bool FromFile = false);

/// <summary>
/// The space's roadmap and everyone's progress just before a confirmed import, kept in the import's audit entry so that
/// /undo can put both back exactly (<see cref="ImportUndo"/>).
/// </summary>
public sealed record ImportSnapshot(
    string Title, string Source, string ContentHash, DateTimeOffset ImportedAt, string Extras, DateTimeOffset At,
    List<StoredPhase> Phases, List<StoredItem> Items, List<StoredHabit> Habits,
    Dictionary<string, string> Moves, List<ProgressSnapshot> Progress, List<KeptAsideProgress> KeptAside)
{
    /// <summary>How long an import can be undone.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromHours(24);

    public static async Task<ImportSnapshot> TakeAsync(RoadmapDbContext db, SpaceRoadmap row, List<StoredItem> oldItems, DateTimeOffset at, CancellationToken ct)
    {
        var progress = await ProgressCarry.SpaceProgress(db, row.SpaceId).AsNoTracking()
            .Select(p => new ProgressSnapshot(p.MemberId, p.ItemKey, p.Status, p.ChangedAt, p.ProofUrl, p.Notes, p.FromFile)).ToListAsync(ct);
        return new ImportSnapshot(
            row.Title, row.Source, row.ContentHash, row.ImportedAt, row.Extras, at,
            await db.Phases.AsNoTracking().Where(p => p.RoadmapId == row.Id).OrderBy(p => p.Order).ToListAsync(ct),
            oldItems,
            await db.Habits.AsNoTracking().Where(h => h.RoadmapId == row.Id).OrderBy(h => h.Order).ToListAsync(ct),
            [], progress,
            await db.KeptAside.AsNoTracking().Where(k => k.SpaceId == row.SpaceId).ToListAsync(ct));
    }

    /// <summary>Drops the snapshots of the space's imports that can no longer be undone, so they do not pile up.</summary>
    public static Task ExpireAsync(RoadmapDbContext db, long spaceId, DateTimeOffset now, CancellationToken ct)
    {
        var oldest = now - UndoWindow;
        return db.Audit.Where(a => a.SpaceId == spaceId && a.Kind == AuditKind.Roadmap && a.Undo != null && a.At < oldest)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Undo, (string?)null), ct);
    }

    /// <summary>Takes forgotten members' progress out of import snapshots in their spaces (/forget me: a group keeps the importer's audit), saved by the caller.</summary>
    public static async Task ForgetAsync(RoadmapDbContext db, IReadOnlyCollection<long> memberIds, CancellationToken ct)
    {
        var spaces = db.Members.Where(m => memberIds.Contains(m.Id)).Select(m => m.SpaceId);
        var entries = await db.Audit.Where(a => spaces.Contains(a.SpaceId) && a.Kind == AuditKind.Roadmap && a.Undo != null).ToListAsync(ct);
        foreach (var entry in entries)
        {
            var snapshot = JsonSerializer.Deserialize<ImportSnapshot>(entry.Undo!)!;
            entry.Undo = JsonSerializer.Serialize(snapshot with
            {
                Progress = [.. snapshot.Progress.Where(p => !memberIds.Contains(p.MemberId))],
                KeptAside = [.. snapshot.KeptAside.Where(k => !memberIds.Contains(k.MemberId))],
            });
        }
    }
}
