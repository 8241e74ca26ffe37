namespace RoadmapBot.Core.Import;

/// <summary>The same plan written out more than once (an overview, the details, a checklist): imported once, from its most detailed copy.</summary>
internal static class PlanCopies
{
    public static void KeepMostDetailed(List<PhaseDraft> phases, List<ImportWarning> warnings)
    {
        var copies = phases.GroupBy(p => p.Title.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
        foreach (var copy in copies)
        {
            var kept = copy.OrderByDescending(p => p.Items.Sum(Size)).ThenBy(p => p.Line).First();
            foreach (var summary in copy.Where(p => p != kept))
            {
                phases.Remove(summary);
                warnings.Add(new ImportWarning(summary.Line,
                    $"'{summary.Title}' is written again at line {kept.Line}; this copy is read as a summary ({summary.Items.Count} items not imported), the more detailed one is imported."));
            }
        }
        Renumber(phases);
    }

    /// <summary>Phases numbered by position are numbered again once empty sections and copies are gone: the first is ph1.</summary>
    private static void Renumber(List<PhaseDraft> phases)
    {
        if (!phases.All(p => p.NumberedByPosition)) return;
        for (var i = 0; i < phases.Count; i++) phases[i].Number = i + 1;
    }

    private static int Size(ItemDraft item) => 1 + item.Children.Sum(Size);
}
