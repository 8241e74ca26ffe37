using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Data;

public sealed record ChangedItem(StoredItem Old, StoredItem New, string What);

/// <summary>
/// What a replacement changes. Items match by key, positional items by title, so inserting a bullet moves
/// nobody's progress; <see cref="Moves"/> maps each matched old key to its new key.
/// </summary>
public sealed record RoadmapDiff(
    IReadOnlyList<StoredItem> Added,
    IReadOnlyList<StoredItem> Removed,
    IReadOnlyList<ChangedItem> Changed,
    IReadOnlyDictionary<string, string> Moves)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    public static RoadmapDiff Compare(IReadOnlyList<StoredItem> oldItems, IReadOnlyList<StoredItem> newItems)
    {
        var unmatched = oldItems.ToList();
        var moves = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var added = new List<StoredItem>();
        var changed = new List<ChangedItem>();
        foreach (var item in newItems)
        {
            var old = item.PositionalKey
                ? unmatched.Where(o => o.PositionalKey && SameTitle(o, item)).OrderBy(o => o.Key == item.Key ? 0 : 1).FirstOrDefault()
                : unmatched.FirstOrDefault(o => !o.PositionalKey && string.Equals(o.Key, item.Key, StringComparison.OrdinalIgnoreCase));
            if (old is null)
            {
                added.Add(item);
                continue;
            }
            unmatched.Remove(old);
            moves[old.Key] = item.Key;
            if (Describe(old, item) is { } what)
                changed.Add(new ChangedItem(old, item, what));
        }
        return new RoadmapDiff(added, unmatched, changed, moves);
    }

    private static bool SameTitle(StoredItem a, StoredItem b) =>
        string.Equals(a.Title.Trim(), b.Title.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? Describe(StoredItem old, StoredItem now)
    {
        var changes = new List<string>();
        if (!SameTitle(old, now)) changes.Add($"title “{old.Title}” → “{now.Title}”");
        if (!string.Equals(old.Key, now.Key, StringComparison.OrdinalIgnoreCase)) changes.Add($"key {old.Key} → {now.Key}");
        if (old.Hours != now.Hours) changes.Add($"hours {Hours(old.Hours)} → {Hours(now.Hours)}");
        if (old.Priority != now.Priority) changes.Add($"priority {old.Priority?.ToString() ?? "none"} → {now.Priority?.ToString() ?? "none"}");
        if (old.DueDate != now.DueDate) changes.Add($"due {ShowDate(old.DueDate)} → {ShowDate(now.DueDate)}");
        if (old.PhaseKey != now.PhaseKey) changes.Add($"phase {old.PhaseKey} → {now.PhaseKey}");
        return changes.Count == 0 ? null : string.Join(", ", changes);
    }

    private static string Hours(double? hours) => hours is { } h ? Progress.Show.Number(h) : "none";

    private static string ShowDate(DateOnly? day) => day is { } d ? Progress.Show.Short(d) : "none";
}
