namespace RoadmapBot.Core.Data;

public sealed class MetricLog
{
    public long Id { get; set; }
    public long MemberId { get; set; }
    public required string Metric { get; set; }
    public double Amount { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset LoggedAt { get; set; }

    /// <summary>The member's local day the amount counts for.</summary>
    public DateOnly LocalDate { get; set; }
}
