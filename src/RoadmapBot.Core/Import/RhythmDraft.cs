using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>Everything about the roadmap's rhythm found so far: habits, targets, themes, questions.</summary>
internal sealed class RhythmDraft
{
    public List<Habit> Habits { get; } = [];
    public List<WeeklyTarget> WeeklyTargets { get; } = [];
    public List<WeekdayTheme> WeekdayThemes { get; } = [];
    public List<string> ReviewQuestions { get; } = [];
    public List<string> WeeklyChecklist { get; } = [];
    public List<string> DefinitionOfDone { get; } = [];
    public List<BusyWindow> BusyWindows { get; } = [];
    public List<string> Pillars { get; } = [];
    public List<string> Advice { get; } = [];

    public void AddHabit(Habit habit)
    {
        if (Habits.All(h => h.Key != habit.Key)) Habits.Add(habit);
    }
}
