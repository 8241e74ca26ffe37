using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>The read phases and rhythm made into the roadmap: keys given once everything is known, skills gathered.</summary>
internal static class RoadmapAssembly
{
    public static Roadmap Of(string title, IReadOnlyList<PhaseDraft> drafts, RhythmDraft rhythm, List<ImportWarning> warnings)
    {
        var keys = new ItemKeys(warnings);
        foreach (var item in drafts.SelectMany(p => p.Items).SelectMany(Flatten)) keys.Reserve(item);
        var phases = drafts.Select(p => p.ToPhase(p.Items.Select(i => keys.Assign(i, p, null)).ToList())).ToList();
        if (phases.Sum(p => p.Items.Count) == 0) warnings.Add(new ImportWarning(0, "No tasks found: no checkbox, bullet or task table inside a phase."));

        var skills = rhythm.Pillars.Count > 0
            ? rhythm.Pillars.Select(RhythmText.Slug).ToList()
            : phases.SelectMany(p => p.Items).SelectMany(Item.SelfAndDescendants).SelectMany(i => i.Skills).Distinct().ToList();
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

    private static IEnumerable<ItemDraft> Flatten(ItemDraft item) => item.Children.SelectMany(Flatten).Prepend(item);
}
