using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>A metric the roadmap counts: from a daily habit, a weekly target, or both.</summary>
public sealed record MetricInfo(string Key, string Title, string Unit, StoredHabit? Habit, double? WeeklyTarget)
{
    public bool IsTime => Amount.IsHours(Unit) || Amount.IsMinutes(Unit);

    public string Describe(double amount) => Unit.Length == 0 ? $"{Key} {Show.Number(amount)}" : $"{Key} {Show.Number(amount)} {Unit}";
}
