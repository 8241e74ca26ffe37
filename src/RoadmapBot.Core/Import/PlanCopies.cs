using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Import;

/// <summary>
/// The same plan written out more than once (an overview, the details, a checklist): imported once, from its most detailed copy.
/// Copies are found by their phase titles, or by their items: a section whose every item is written again elsewhere.
/// </summary>
internal static class PlanCopies
{
    // Fewer shared items than this is coincidence (two modules that both start with "Variables"), not a copy of the plan.
    private const int MinSharedItems = 3;

    public static void KeepMostDetailed(List<PhaseDraft> phases, List<ImportWarning> warnings)
    {
        // "Week 1 Objectives", "Week 2 Objectives": the same name over other weeks is a series, not the plan written again.
        var copies = phases.GroupBy(p => new CopyKey(p.Title.Trim().ToUpperInvariant(), p.FirstWeek)).Where(g => g.Count() > 1).ToList();
        foreach (var copy in copies)
        {
            var kept = copy.OrderByDescending(p => p.Items.Sum(Size)).ThenBy(p => p.Line).First();
            foreach (var summary in copy.Where(p => p != kept))
            {
                phases.Remove(summary);
                warnings.Add(new ImportWarning(summary.Line,
                    $"'{summary.Title}' is written again at line {kept.Line}; this copy is read as a summary ({Quantity.Of(summary.Items.Count, "item")} not imported), the more detailed one is imported."));
            }
        }
        KeepItemCopiesOnce(phases, warnings);
        Renumber(phases);
    }

    /// <summary>
    /// A section whose items all appear again, over two or more other phases or numbered alike, is the same plan written twice (a summary
    /// outline and the detailed weeks, a table and a list of the same weeks): the copy with more detail stays, the other goes.
    /// </summary>
    private static void KeepItemCopiesOnce(List<PhaseDraft> phases, List<ImportWarning> warnings)
    {
        // Each title cleaned once, and indexed once for the whole import; phases and items dropped on the way are skipped rather than re-indexed.
        var count = 0;
        foreach (var phase in phases) count += phase.Items.Count;
        var everyItem = new List<PlacedItem>(count);
        var titles = new List<string>(count);
        var normals = new Dictionary<ItemDraft, string>(count, SameObject.Comparer);
        foreach (var phase in phases)
            foreach (var item in phase.Items)
            {
                everyItem.Add(new PlacedItem(phase, item));
                titles.Add(ItemTitles.Normal(item.Title));
                normals[item] = titles[^1];
            }
        string Normal(ItemDraft item) => normals[item];
        var index = new ItemTitles.Index(titles);
        // A title written in three or more places is routine ("Weekly review"), so it is no sign of a copy: counted only once a
        // section is found written again, which most documents never have.
        HashSet<string>? routine = null;
        HashSet<string> Routine() => routine ??= titles.CountBy(t => t).Where(c => c.Value > 2).Select(c => c.Key).ToHashSet();
        var dropped = new HashSet<object>(SameObject.Comparer);
        // The largest section first: a whole plan written again is the copy most likely to be complete.
        foreach (var candidate in phases.OrderByDescending(p => p.Items.Count).ThenBy(p => p.Line).ToList())
        {
            if (dropped.Contains(candidate)) continue;
            var matches = new List<PlacedItem>();
            foreach (var item in candidate.Items)
            {
                var title = Normal(item);
                var at = index.First(title, p => everyItem[p] is var o
                    && o.Phase != candidate && !dropped.Contains(o.Phase) && !dropped.Contains(o.Item) && ItemTitles.Same(item, title, o.Item, titles[p]));
                if (at is not { } position) break;  // one item written nowhere else: not a copy
                matches.Add(everyItem[position]);
            }
            if (matches.Count < candidate.Items.Count) continue;
            var evidence = candidate.Items.Count(i => !Routine().Contains(Normal(i)));
            // Spread over two phases, or numbered alike on both sides (a table's Week column, a list's "Week 1:"), it is no coincidence.
            var numberedAlike = NumberedAlike(candidate.Items, matches);
            if (evidence < MinSharedItems || matches.Select(m => m.Phase).Distinct().Count() < 2 && !numberedAlike) continue;

            if (candidate.Items.Sum(Size) <= matches.Sum(m => Size(m.Item)))
            {
                phases.Remove(candidate);
                dropped.Add(candidate);
                warnings.Add(new ImportWarning(candidate.Line,
                    $"'{candidate.Title}' holds the same {Quantity.Of(candidate.Items.Count, "item")} as {Titles(matches.Select(m => m.Phase))}; it is read as a summary (not imported), the more detailed copy is imported."));
                continue;
            }
            foreach (var (phase, item) in matches)
            {
                phase.Items.Remove(item);
                dropped.Add(item);
            }
            foreach (var emptied in matches.Select(m => m.Phase).Distinct().Where(p => p.Items.Count == 0).ToList())
            {
                phases.Remove(emptied);
                dropped.Add(emptied);
                warnings.Add(new ImportWarning(emptied.Line,
                    $"'{emptied.Title}' is written again in more detail in '{candidate.Title}' (line {candidate.Line}); this copy is read as a summary (not imported)."));
            }
        }
    }

    private static bool NumberedAlike(List<ItemDraft> items, List<PlacedItem> matches)
    {
        for (var i = 0; i < items.Count; i++)
            if (ItemTitles.Sequence(items[i]) is not { } n || n != ItemTitles.Sequence(matches[i].Item)) return false;
        return true;
    }

    private static string Titles(IEnumerable<PhaseDraft> phases) => string.Join(", ", phases.Distinct().Select(p => $"'{p.Title}' (line {p.Line})"));

    /// <summary>Phases numbered by position are numbered again once empty sections and copies are gone: the first is ph1.</summary>
    private static void Renumber(List<PhaseDraft> phases)
    {
        if (!phases.All(p => p.NumberedByPosition)) return;
        for (var i = 0; i < phases.Count; i++) phases[i].Number = i + 1;
    }

    private static int Size(ItemDraft item) => 1 + item.Children.Sum(Size);

    // Classes, not tuples: LINQ and lists over tuples are compiled at run time on every one-shot import (issue 20).
    private sealed record CopyKey(string Title, int? FirstWeek);

    private sealed record PlacedItem(PhaseDraft Phase, ItemDraft Item);
}
