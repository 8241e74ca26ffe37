namespace RoadmapBot.Core.Data;

public sealed class ReviewAnswer
{
    public long Id { get; set; }
    public long MemberId { get; set; }
    public DateOnly WeekStart { get; set; }
    public int Question { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }
}
