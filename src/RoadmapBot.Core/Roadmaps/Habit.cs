namespace RoadmapBot.Core.Roadmaps;

/// <summary>A daily non-negotiable. <see cref="Target"/> null means a yes/no habit.</summary>
public sealed record Habit(string Key, string Title, string Metric, double? Target, string Unit, string Period = "day");

/// <summary>A per-week quota, for the whole roadmap or one phase (seed 001's applications per phase).</summary>
public sealed record WeeklyTarget(string Metric, string Title, double Target, string Unit, string? PhaseKey = null);

/// <summary>A theme for some weekdays (seed 001: Mon–Wed deep work, Thu content, Fri apply).</summary>
public sealed record WeekdayTheme(IReadOnlyList<DayOfWeek> Days, string Title, string? Detail);

/// <summary>A recurring window when the member is busy and must not be disturbed.</summary>
public sealed record BusyWindow(TimeOnly Start, TimeOnly End, IReadOnlyList<DayOfWeek> Days);
