using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Storing;

/// <summary>An old item and the new item it became; <see cref="What"/> lists what differs besides the key (null: nothing).</summary>
public sealed record ChangedItem(StoredItem Old, StoredItem New, string? What);

/// <summary>
/// What a replacement changes. Old and new items match, in this order: by explicit key with a similar title ("Task 11A"
/// is t11a wherever it goes); at the same position with the same title (a title the file repeats, also below the same
/// one-off title); a repeated title below the same one-off title elsewhere; by the same title elsewhere (a move); by explicit
/// key whatever the title; at the same position with a similar title (an edited wording). Exact titles come before keys
/// and similar titles so that renumbered tasks and a bullet inserted above a list are moves and an addition, not
/// rewordings of the items they pushed down. Every step is a dictionary lookup: linear in the items. <see cref="Moves"/>
/// maps each matched old key to its new key, so progress follows the item, never the key. A positional key stays with its
/// item where it can (<see cref="Renamed"/>: the importer's key → the kept key, set on the new items).
/// </summary>
public sealed record RoadmapDiff(
    IReadOnlyList<StoredItem> Added,
    IReadOnlyList<StoredItem> Removed,
    IReadOnlyList<ChangedItem> Changed,
    IReadOnlyList<ChangedItem> Moved,
    IReadOnlyDictionary<string, string> Moves,
    IReadOnlyDictionary<string, string> Renamed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0 && Moved.Count == 0;

    public static RoadmapDiff Compare(IReadOnlyList<StoredItem> oldItems, IReadOnlyList<StoredItem> newItems)
    {
        var oldByKey = oldItems.DistinctBy(o => o.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(o => o.Key, StringComparer.OrdinalIgnoreCase);
        var matchOf = new Dictionary<StoredItem, StoredItem>(ReferenceEqualityComparer.Instance);
        var taken = new HashSet<StoredItem>(ReferenceEqualityComparer.Instance);
        void Pair(StoredItem now, StoredItem old) { matchOf[now] = old; taken.Add(old); }
        StoredItem? AtSameKey(StoredItem now) => oldByKey.GetValueOrDefault(now.Key) is { } old && !taken.Contains(old) ? old : null;
        // An item's place is the key the importer gave it, which differs from its key where it kept an older one.
        var oldByPlace = oldItems.DistinctBy(Place, StringComparer.OrdinalIgnoreCase).ToDictionary(Place, StringComparer.OrdinalIgnoreCase);
        StoredItem? AtSamePlace(StoredItem now) => oldByPlace.GetValueOrDefault(now.Key) is { } old && !taken.Contains(old) ? old : null;

        foreach (var now in newItems.Where(n => !n.PositionalKey))
            if (AtSameKey(now) is { PositionalKey: false } old && TitleSimilarity.Similar(old.Title, now.Title))
                Pair(now, old);
        // A title written in several places ("Practice problems" in every week) is told apart by the one-off title above it.
        var (oldContext, newContext) = (RepeatedTitleContexts(oldItems), RepeatedTitleContexts(newItems));
        bool SameContext(StoredItem old, StoredItem now) =>
            oldContext.TryGetValue(old, out var before) == newContext.TryGetValue(now, out var after) && before.Equals(after);
        foreach (var now in newItems.Where(n => n.PositionalKey))
            if (AtSamePlace(now) is { PositionalKey: true } old && SameTitle(old, now) && SameContext(old, now))
                Pair(now, old);
        var byContext = oldItems.Where(o => !taken.Contains(o) && oldContext.ContainsKey(o)).GroupBy(o => oldContext[o])
            .ToDictionary(g => g.Key, g => new Queue<StoredItem>(g));
        foreach (var now in newItems.Where(n => !matchOf.ContainsKey(n) && newContext.ContainsKey(n)))
            if (byContext.TryGetValue(newContext[now], out var sameContext) && sameContext.TryDequeue(out var old))
                Pair(now, old);
        var byTitle = oldItems.Where(o => !taken.Contains(o)).GroupBy(o => TitleSimilarity.Normalize(o.Title))
            .ToDictionary(g => g.Key, g => new Queue<StoredItem>(g));
        foreach (var now in newItems.Where(n => !matchOf.ContainsKey(n)))
            if (byTitle.TryGetValue(TitleSimilarity.Normalize(now.Title), out var sameTitle) && sameTitle.TryDequeue(out var old))
                Pair(now, old);
        foreach (var now in newItems.Where(n => !n.PositionalKey && !matchOf.ContainsKey(n)))
            if (AtSameKey(now) is { PositionalKey: false } old)
                Pair(now, old);
        foreach (var now in newItems.Where(n => n.PositionalKey && !matchOf.ContainsKey(n)))
            if (AtSamePlace(now) is { PositionalKey: true } old && TitleSimilarity.Similar(old.Title, now.Title))
                Pair(now, old);
        var renamed = KeepKeys(newItems, matchOf);

        var pairs = newItems.Where(matchOf.ContainsKey).Select(n => new ChangedItem(matchOf[n], n, Describe(matchOf[n], n))).ToList();
        return new RoadmapDiff(
            [.. newItems.Where(n => !matchOf.ContainsKey(n))],
            [.. oldItems.Where(o => !taken.Contains(o))],
            [.. pairs.Where(p => !KeyChanged(p) && p.What is not null)],
            [.. pairs.Where(KeyChanged)],
            pairs.ToDictionary(p => p.Old.Key, p => p.New.Key, StringComparer.OrdinalIgnoreCase),
            renamed);
    }

    private static string Place(StoredItem item) => item.ImportKey ?? item.Key;

    /// <summary>
    /// For each item whose title the file repeats: that title, the nearest title above it that the file has once, and how many
    /// of the same title came between; inserting a week above shifts the keys of the repeats, not this. Empty when no title
    /// repeats, as in most files: then nothing is sorted or counted twice.
    /// </summary>
    private static Dictionary<StoredItem, RepeatContext> RepeatedTitleContexts(IReadOnlyList<StoredItem> items)
    {
        var contexts = new Dictionary<StoredItem, RepeatContext>(ReferenceEqualityComparer.Instance);
        var counts = new Dictionary<string, int>(items.Count, StringComparer.OrdinalIgnoreCase);
        var repeats = false;
        foreach (var item in items)
            repeats |= (counts[item.Title] = counts.GetValueOrDefault(item.Title) + 1) > 1;
        if (!repeats)
            return contexts;
        var anchor = "";
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items.OrderBy(i => i.Order))
        {
            if (counts[item.Title] == 1)
            {
                anchor = item.Title;
                seen.Clear();
                continue;
            }
            var nth = seen[item.Title] = seen.GetValueOrDefault(item.Title) + 1;
            contexts[item] = new RepeatContext(item.Title, anchor, nth);
        }
        return contexts;
    }

    /// <summary>A repeated title told apart by the one-off title above it (any case, as titles match) and its place after it.</summary>
    private readonly record struct RepeatContext(string Title, string Anchor, int Nth)
    {
        public bool Equals(RepeatContext other) =>
            Nth == other.Nth && string.Equals(Title, other.Title, StringComparison.OrdinalIgnoreCase) && string.Equals(Anchor, other.Anchor, StringComparison.OrdinalIgnoreCase);

        public override int GetHashCode() =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(Title), StringComparer.OrdinalIgnoreCase.GetHashCode(Anchor), Nth);
    }

    // A matched item keeps its old positional key when it is still in the same week (day, phase or parent) and no item of
    // the new file has that key: removing a bullet leaves the keys below it as members know them.
    private static Dictionary<string, string> KeepKeys(IReadOnlyList<StoredItem> newItems, Dictionary<StoredItem, StoredItem> matchOf)
    {
        var placed = newItems.Select(n => n.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var renamed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var now in newItems.Where(n => n.PositionalKey && matchOf.ContainsKey(n)))
        {
            var old = matchOf[now];
            if (!old.PositionalKey || placed.Contains(old.Key) || Group(old.Key) != Group(now.Key))
                continue;
            renamed[now.Key] = old.Key;
            (now.ImportKey, now.Key) = (now.Key, old.Key);
        }
        foreach (var item in newItems)
            if (item.ParentKey is { } parent && renamed.TryGetValue(parent, out var kept))
                item.ParentKey = kept;
        return renamed;
    }

    private static string Group(string key) => key[..Math.Max(0, key.LastIndexOf('.'))].ToLowerInvariant();

    private static bool KeyChanged(ChangedItem pair) => !string.Equals(pair.Old.Key, pair.New.Key, StringComparison.OrdinalIgnoreCase);

    private static bool SameTitle(StoredItem a, StoredItem b) =>
        string.Equals(a.Title.Trim(), b.Title.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? Describe(StoredItem old, StoredItem now)
    {
        var changes = new List<string>();
        if (!SameTitle(old, now)) changes.Add($"title “{old.Title}” → “{now.Title}”");
        if (old.Hours != now.Hours) changes.Add($"hours {Hours(old.Hours)} → {Hours(now.Hours)}");
        if (old.Priority != now.Priority) changes.Add($"priority {old.Priority?.ToString() ?? "none"} → {now.Priority?.ToString() ?? "none"}");
        if (old.DueDate != now.DueDate) changes.Add($"due {ShowDate(old.DueDate)} → {ShowDate(now.DueDate)}");
        if (old.PhaseKey != now.PhaseKey) changes.Add($"phase {old.PhaseKey} → {now.PhaseKey}");
        return changes.Count == 0 ? null : string.Join(", ", changes);
    }

    private static string Hours(double? hours) => hours is { } h ? Show.Number(h) : "none";

    private static string ShowDate(DateOnly? day) => day is { } d ? Show.Short(d) : "none";
}
