namespace RoadmapBot.Core.Data;

public sealed class HabitCheckIn
{
    public long Id { get; set; }
    public long MemberId { get; set; }
    public required string HabitKey { get; set; }
    public DateOnly LocalDate { get; set; }
    public DateTimeOffset CheckedAt { get; set; }
}
