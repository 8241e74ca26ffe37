using System.Globalization;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>
/// Gives every item a short key a person can type: "t5" for "Task 5", otherwise its position —
/// "p1.2" in a phase, "w3.1" in a week, "d6.2" on a plan day, "oct15.1" on a calendar day, "p1.3.1" for a sub-task.
/// </summary>
internal sealed class ItemKeys(List<ImportWarning> warnings)
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _counters = new(StringComparer.OrdinalIgnoreCase);

    public void Reserve(ItemDraft item)
    {
        if (item.ExplicitKey is not { } key) return;
        if (_used.Add(key)) item.KeyGranted = true;
        else warnings.Add(new ImportWarning(item.Line, $"Key '{key}' is used twice; the later item gets a positional key."));
    }

    /// <summary>The items, and their children, with their keys: positional ones numbered in document order.</summary>
    public List<Item> AssignAll(List<ItemDraft> items, PhaseDraft phase, string? parentKey)
    {
        var assigned = new List<Item>(items.Count);
        foreach (var item in items) assigned.Add(Assign(item, phase, parentKey));
        return assigned;
    }

    private Item Assign(ItemDraft item, PhaseDraft phase, string? parentKey)
    {
        var positional = !item.KeyGranted;
        var key = positional ? Next(parentKey ?? Prefix(item, phase)) : item.ExplicitKey!;
        return item.ToItem(key, positional, parentKey, item.Children.Count == 0 ? [] : AssignAll(item.Children, phase, key));
    }

    private static string Prefix(ItemDraft item, PhaseDraft phase) =>
        item.Date is { } date ? date.ToString("MMM", CultureInfo.InvariantCulture).ToLowerInvariant() + date.Day
        : item.Day is { } day ? $"d{day}"
        : item.Week is { } week ? $"w{week}"
        : $"p{phase.Number}";

    private string Next(string prefix)
    {
        string key;
        do
        {
            _counters[prefix] = (_counters.TryGetValue(prefix, out var count) ? count : 0) + 1;
            key = $"{prefix}.{_counters[prefix]}";
        }
        while (!_used.Add(key));
        return key;
    }
}
