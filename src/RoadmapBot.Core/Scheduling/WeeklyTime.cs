namespace RoadmapBot.Core.Scheduling;

/// <summary>A local wall-clock time on some weekdays: "08:00 every day", "Sun 18:00".</summary>
public sealed record WeeklyTime(TimeOnly At, IReadOnlyList<DayOfWeek> Days)
{
    public static readonly IReadOnlyList<DayOfWeek> EveryDay = Enum.GetValues<DayOfWeek>();
    public static readonly IReadOnlyList<DayOfWeek> Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static WeeklyTime Daily(TimeOnly at) => new(at, EveryDay);

    public static WeeklyTime On(DayOfWeek day, TimeOnly at) => new(at, [day]);

    public bool FallsOn(DayOfWeek day) => Days.Contains(day);
}

/// <summary>One firing of a schedule: the local date and time it stands for, and the instant it fires.</summary>
/// <remarks>The local date and time identify the occurrence, so a DST shift never creates a second one.</remarks>
public readonly record struct Occurrence(DateOnly LocalDate, TimeOnly LocalTime, DateTimeOffset Instant)
{
    public string LocalKey => $"{LocalDate:yyyy-MM-dd}T{LocalTime:HH\\:mm}";
}
