using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Storing;

/// <summary>What the file's marks change for the member who imported it: keys that become done, and keys back to todo.</summary>
public sealed record MarkChanges(IReadOnlyList<string> Done, IReadOnlyList<string> Undone)
{
    public bool IsEmpty => Done.Count == 0 && Undone.Count == 0;
}

/// <summary>
/// An imported file's done marks belong to the member who imported it, never to the rest of a group. A file with marks is
/// the source of truth for that member's done and todo; doing, blocked and skipped live in the bot and a file never shows
/// them, so they stay unless the file marks the item done. A file with no done mark at all is a plain roadmap and changes
/// nobody's progress.
/// </summary>
public static class FileMarks
{
    /// <param name="current">The member's status per key of <paramref name="roadmap"/>'s items, for the items they touched.</param>
    /// <param name="renamed">Keys the items kept from an earlier import instead of the importer's (<see cref="RoadmapDiff.Renamed"/>).</param>
    public static MarkChanges Compare(Roadmap roadmap, IReadOnlyDictionary<string, ItemStatus> current, IReadOnlyDictionary<string, string>? renamed = null)
    {
        var items = roadmap.AllItems().DistinctBy(i => i.Key, StringComparer.OrdinalIgnoreCase).ToList();
        if (!items.Any(i => i.Status == ItemStatus.Done))
            return new MarkChanges([], []);
        var now = items.Select(i => renamed?.GetValueOrDefault(i.Key) ?? i.Key)
            .Zip(items, (key, i) => (Key: key, FileDone: i.Status == ItemStatus.Done, Status: current.GetValueOrDefault(key, ItemStatus.Todo))).ToList();
        return new MarkChanges(
            [.. now.Where(i => i.FileDone && i.Status != ItemStatus.Done).Select(i => i.Key)],
            [.. now.Where(i => !i.FileDone && i.Status == ItemStatus.Done).Select(i => i.Key)]);
    }

    /// <summary>Writes the marks of <paramref name="roadmap"/> into the member's progress rows (saved by the caller).</summary>
    public static async Task<MarkChanges> ApplyAsync(
        RoadmapDbContext db, long memberId, Roadmap roadmap, DateTimeOffset now, CancellationToken ct, IReadOnlyDictionary<string, string>? renamed = null)
    {
        var rows = await db.Progress.Where(p => p.MemberId == memberId).ToDictionaryAsync(p => p.ItemKey, StringComparer.OrdinalIgnoreCase, ct);
        var changes = Compare(roadmap, rows.ToDictionary(r => r.Key, r => r.Value.Status, StringComparer.OrdinalIgnoreCase), renamed);
        foreach (var (key, status) in changes.Done.Select(k => (k, ItemStatus.Done)).Concat(changes.Undone.Select(k => (k, ItemStatus.Todo))))
        {
            if (!rows.TryGetValue(key, out var row))
                db.Progress.Add(row = new ItemProgress { MemberId = memberId, ItemKey = key });
            (row.Status, row.ChangedAt, row.FromFile) = (status, now, status == ItemStatus.Done);
        }
        return changes;
    }
}
