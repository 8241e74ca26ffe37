using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Storing;

/// <summary>What a confirmed replacement did.</summary>
public sealed record ReplaceResult(RoadmapDiff Diff, MarkChanges Marks, CarryOver Carry, ImportSnapshot Snapshot);

/// <summary>Writes a space's roadmap: the first import, and a confirmed replacement that carries progress over.</summary>
public static class RoadmapStore
{
    public static string Hash(string source) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));

    /// <summary>Stores the space's first roadmap; the file's done marks become <paramref name="importerId"/>'s progress.</summary>
    public static async Task<MarkChanges> CreateAsync(RoadmapDbContext db, long spaceId, long importerId, Roadmap roadmap, string source, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await StepTransaction.BeginAsync(db, ct);
        var row = new SpaceRoadmap { SpaceId = spaceId, Title = roadmap.Title, Source = source, ContentHash = Hash(source), ImportedAt = now };
        db.Roadmaps.Add(row);
        await db.SaveChangesAsync(ct);
        AddParts(db, row, roadmap, Preview(row, roadmap));
        var marks = await FileMarks.ApplyAsync(db, importerId, roadmap, now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return marks;
    }

    /// <summary>Items (as rows, due dates set) that <paramref name="roadmap"/> would have under <paramref name="row"/>'s schedule.</summary>
    public static List<StoredItem> Preview(SpaceRoadmap row, Roadmap roadmap)
    {
        var items = RoadmapFlattener.Items(roadmap, row.Id);
        RoadmapFlattener.AssignDueDates(row, RoadmapFlattener.Phases(roadmap, row.Id), items);
        return items;
    }

    /// <summary>
    /// Replaces the roadmap, carrying everyone's progress over (<see cref="ProgressCarry"/>); the file's marks then become
    /// <paramref name="importerId"/>'s. The result's snapshot is what /undo needs to put the previous roadmap back.
    /// </summary>
    public static async Task<ReplaceResult> ReplaceAsync(
        RoadmapDbContext db, SpaceRoadmap row, long importerId, Roadmap roadmap, string source, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await StepTransaction.BeginAsync(db, ct);
        var oldItems = await db.Items.AsNoTracking().Where(i => i.RoadmapId == row.Id).OrderBy(i => i.Order).ToListAsync(ct);
        var items = Preview(row, roadmap);
        var diff = RoadmapDiff.Compare(oldItems, items);
        KeepCalendarIds(diff, oldItems, items);
        var snapshot = await ImportSnapshot.TakeAsync(db, row, oldItems, now, ct) with { Moves = new(diff.Moves, StringComparer.OrdinalIgnoreCase) };
        await DeletePartsAsync(db, row.Id, ct);
        var carry = await ProgressCarry.ApplyAsync(db, row.SpaceId, diff, oldItems, now, ct);
        row.Title = roadmap.Title;
        row.Source = source;
        row.ContentHash = Hash(source);
        row.ImportedAt = now;
        row.PendingSource = null;
        row.PendingByMemberId = null;
        AddParts(db, row, roadmap, items);
        var marks = await FileMarks.ApplyAsync(db, importerId, roadmap, now, ct, diff.Renamed);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ReplaceResult(diff, marks, carry, snapshot);
    }

    public static async Task DeletePartsAsync(RoadmapDbContext db, long roadmapId, CancellationToken ct)
    {
        await db.Items.Where(i => i.RoadmapId == roadmapId).ExecuteDeleteAsync(ct);
        await db.Phases.Where(p => p.RoadmapId == roadmapId).ExecuteDeleteAsync(ct);
        await db.Habits.Where(h => h.RoadmapId == roadmapId).ExecuteDeleteAsync(ct);
    }

    // A matched item is the same event in a calendar app: it keeps its identity as progress keeps to it, whatever its key becomes.
    private static void KeepCalendarIds(RoadmapDiff diff, List<StoredItem> oldItems, List<StoredItem> items)
    {
        var oldByKey = oldItems.DistinctBy(i => i.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(i => i.Key, StringComparer.OrdinalIgnoreCase);
        var newByKey = items.DistinctBy(i => i.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(i => i.Key, StringComparer.OrdinalIgnoreCase);
        foreach (var (oldKey, newKey) in diff.Moves)
            if (oldByKey.TryGetValue(oldKey, out var old) && newByKey.TryGetValue(newKey, out var now))
                now.CalendarId = old.CalendarId;
    }

    // Items come from Preview (due dates set), as the diff gave them their keys.
    private static void AddParts(RoadmapDbContext db, SpaceRoadmap row, Roadmap roadmap, List<StoredItem> items)
    {
        row.Extras = RoadmapExtras.From(roadmap).ToJson();
        db.Phases.AddRange(RoadmapFlattener.Phases(roadmap, row.Id));
        db.Items.AddRange(items);
        db.Habits.AddRange(RoadmapFlattener.Habits(roadmap, row.Id));
    }
}
