using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>The read phases and rhythm made into the roadmap: keys given once everything is known, skills gathered.</summary>
internal static class RoadmapAssembly
{
    public static Roadmap Of(string title, IReadOnlyList<PhaseDraft> drafts, RhythmDraft rhythm, List<ImportWarning> warnings)
    {
        var keys = new ItemKeys(warnings);
        foreach (var phase in drafts)
            foreach (var item in phase.Items) Reserve(keys, item);
        var phases = new List<Phase>(drafts.Count);
        foreach (var phase in drafts) phases.Add(phase.ToPhase(keys.AssignAll(phase.Items, phase, null)));
        if (!phases.Exists(p => p.Items.Count > 0)) warnings.Add(new ImportWarning(0, "No tasks found: no checkbox, bullet or task table inside a phase."));

        var skills = rhythm.Pillars.Count > 0 ? rhythm.Pillars.Select(RhythmText.Slug).ToList() : SkillsOf(phases);
        return new Roadmap
        {
            Title = title,
            Phases = phases,
            Habits = rhythm.Habits,
            WeeklyTargets = rhythm.WeeklyTargets,
            WeekdayThemes = rhythm.WeekdayThemes,
            ReviewQuestions = rhythm.ReviewQuestions,
            WeeklyChecklist = rhythm.WeeklyChecklist,
            DefinitionOfDone = rhythm.DefinitionOfDone,
            BusyWindows = rhythm.BusyWindows,
            Skills = skills,
            BehindScheduleAdvice = rhythm.Advice,
        };
    }

    /// <summary>Every skill an item names, once, in the order they first appear.</summary>
    private static List<string> SkillsOf(List<Phase> phases)
    {
        var skills = new List<string>();
        var seen = new HashSet<string>();
        // Indexers, not foreach over the read-only lists: no enumerator boxed per item.
        void Collect(Item item)
        {
            for (var i = 0; i < item.Skills.Count; i++)
                if (seen.Add(item.Skills[i])) skills.Add(item.Skills[i]);
            for (var i = 0; i < item.Items.Count; i++) Collect(item.Items[i]);
        }
        foreach (var phase in phases)
            foreach (var item in phase.Items) Collect(item);
        return skills;
    }

    // Each item before its children, as their keys are given.
    private static void Reserve(ItemKeys keys, ItemDraft item)
    {
        keys.Reserve(item);
        foreach (var child in item.Children) Reserve(keys, child);
    }
}
