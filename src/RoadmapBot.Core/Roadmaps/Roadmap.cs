namespace RoadmapBot.Core.Roadmaps;

/// <summary>A roadmap as imported from Markdown: what the member plans to do, and the rhythm around it.</summary>
public sealed record Roadmap
{
    public required string Title { get; init; }
    public IReadOnlyList<Phase> Phases { get; init; } = [];
    public IReadOnlyList<Habit> Habits { get; init; } = [];
    public IReadOnlyList<WeeklyTarget> WeeklyTargets { get; init; } = [];
    public IReadOnlyList<WeekdayTheme> WeekdayThemes { get; init; } = [];
    public IReadOnlyList<string> ReviewQuestions { get; init; } = [];
    public IReadOnlyList<string> WeeklyChecklist { get; init; } = [];
    public IReadOnlyList<string> DefinitionOfDone { get; init; } = [];
    public IReadOnlyList<BusyWindow> BusyWindows { get; init; } = [];
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>The roadmap's own advice for falling behind (seed 000's acceleration protocol).</summary>
    public IReadOnlyList<string> BehindScheduleAdvice { get; init; } = [];

    /// <summary>The document's reference sections, kept for /roadmap.</summary>
    public IReadOnlyList<RoadmapResource> Resources { get; init; } = [];

    /// <summary>The member's /import include and exclude choices this roadmap was read with; later imports of it keep them.</summary>
    public IReadOnlyList<SectionChoice> SectionChoices { get; init; } = [];

    public IEnumerable<Item> AllItems()
    {
        // One iterator for the roadmap: a phase's items without a list or iterator each (issue 14).
        foreach (var phase in Phases)
            for (var i = 0; i < phase.Items.Count; i++)
            {
                var item = phase.Items[i];
                yield return item;
                if (item.Items.Count == 0) continue;
                foreach (var descendant in item.Items.SelectMany(Item.SelfAndDescendants)) yield return descendant;
            }
    }
}
