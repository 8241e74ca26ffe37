using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Data;

/// <summary>Writes a space's roadmap: the first import, and a confirmed replacement that carries progress over.</summary>
public static class RoadmapStore
{
    public static string Hash(string source) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));

    /// <summary>Stores the space's first roadmap; the file's done marks become <paramref name="importerId"/>'s progress.</summary>
    public static async Task<MarkChanges> CreateAsync(RoadmapDbContext db, long spaceId, long importerId, Roadmap roadmap, string source, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var row = new SpaceRoadmap { SpaceId = spaceId, Title = roadmap.Title, Source = source, ContentHash = Hash(source), ImportedAt = now };
        db.Roadmaps.Add(row);
        await db.SaveChangesAsync(ct);
        AddParts(db, row, roadmap);
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

    /// <summary>Replaces the roadmap, moving everyone's progress to the items' new keys; the file's marks then become <paramref name="importerId"/>'s.</summary>
    public static async Task<(RoadmapDiff Diff, MarkChanges Marks)> ReplaceAsync(
        RoadmapDbContext db, SpaceRoadmap row, long importerId, Roadmap roadmap, string source, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var oldItems = await db.Items.AsNoTracking().Where(i => i.RoadmapId == row.Id).ToListAsync(ct);
        var diff = RoadmapDiff.Compare(oldItems, Preview(row, roadmap));
        await db.Items.Where(i => i.RoadmapId == row.Id).ExecuteDeleteAsync(ct);
        await db.Phases.Where(p => p.RoadmapId == row.Id).ExecuteDeleteAsync(ct);
        await db.Habits.Where(h => h.RoadmapId == row.Id).ExecuteDeleteAsync(ct);
        await MoveProgressAsync(db, row.SpaceId, diff, ct);
        row.Title = roadmap.Title;
        row.Source = source;
        row.ContentHash = Hash(source);
        row.ImportedAt = now;
        row.PendingSource = null;
        row.PendingByMemberId = null;
        AddParts(db, row, roadmap);
        var marks = await FileMarks.ApplyAsync(db, importerId, roadmap, now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (diff, marks);
    }

    private static void AddParts(RoadmapDbContext db, SpaceRoadmap row, Roadmap roadmap)
    {
        row.Extras = RoadmapExtras.From(roadmap).ToJson();
        var phases = RoadmapFlattener.Phases(roadmap, row.Id);
        var items = RoadmapFlattener.Items(roadmap, row.Id);
        RoadmapFlattener.AssignDueDates(row, phases, items);
        db.Phases.AddRange(phases);
        db.Items.AddRange(items);
        db.Habits.AddRange(RoadmapFlattener.Habits(roadmap, row.Id));
    }

    // Progress follows its item to the item's new key; progress left on a key that now names a different item is dropped.
    private static async Task MoveProgressAsync(RoadmapDbContext db, long spaceId, RoadmapDiff diff, CancellationToken ct)
    {
        var memberIds = db.Members.Where(m => m.SpaceId == spaceId).Select(m => m.Id);
        var rows = await db.Progress.Where(p => memberIds.Contains(p.MemberId)).ToListAsync(ct);
        var reused = diff.Added.Select(i => i.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var moving = rows
            .Where(r => diff.Moves.TryGetValue(r.ItemKey, out var to) && to != r.ItemKey)
            .Select(r => (Row: r, To: diff.Moves[r.ItemKey]))
            .ToList();
        db.Progress.RemoveRange(rows.Where(r => !diff.Moves.ContainsKey(r.ItemKey) && reused.Contains(r.ItemKey)));
        // Two steps so that swapped keys never collide on the unique (member, key) index.
        foreach (var (row, _) in moving)
            row.ItemKey = $"~{row.Id}";
        await db.SaveChangesAsync(ct);
        foreach (var (row, to) in moving)
            row.ItemKey = to;
        await db.SaveChangesAsync(ct);
    }
}
