namespace RoadmapBot.Core.Progress;

public static class Weeks
{
    /// <summary>Weeks run Monday to Sunday.</summary>
    public static DateOnly Start(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
