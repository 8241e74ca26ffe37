using System.Text.Json;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Data;

/// <summary>The parts of a roadmap that are read whole and never queried, stored as one JSON column.</summary>
public sealed record RoadmapExtras
{
    public IReadOnlyList<WeeklyTarget> WeeklyTargets { get; init; } = [];
    public IReadOnlyList<WeekdayTheme> WeekdayThemes { get; init; } = [];
    public IReadOnlyList<string> ReviewQuestions { get; init; } = [];
    public IReadOnlyList<string> WeeklyChecklist { get; init; } = [];
    public IReadOnlyList<string> DefinitionOfDone { get; init; } = [];
    public IReadOnlyList<BusyWindow> BusyWindows { get; init; } = [];
    public IReadOnlyList<string> BehindScheduleAdvice { get; init; } = [];
    public IReadOnlyList<RoadmapResource> Resources { get; init; } = [];

    /// <summary>The member's /import include and exclude choices: a later import of this roadmap is read with them.</summary>
    public IReadOnlyList<SectionChoice> SectionChoices { get; init; } = [];

    public static RoadmapExtras From(Roadmap roadmap) => new()
    {
        WeeklyTargets = roadmap.WeeklyTargets,
        WeekdayThemes = roadmap.WeekdayThemes,
        ReviewQuestions = roadmap.ReviewQuestions,
        WeeklyChecklist = roadmap.WeeklyChecklist,
        DefinitionOfDone = roadmap.DefinitionOfDone,
        BusyWindows = roadmap.BusyWindows,
        BehindScheduleAdvice = roadmap.BehindScheduleAdvice,
        Resources = roadmap.Resources,
        SectionChoices = roadmap.SectionChoices,
    };

    public string ToJson() => JsonSerializer.Serialize(this);

    public static RoadmapExtras Parse(string json) => JsonSerializer.Deserialize<RoadmapExtras>(json) ?? new();
}
