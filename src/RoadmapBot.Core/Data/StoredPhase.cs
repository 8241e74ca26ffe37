namespace RoadmapBot.Core.Data;

public sealed class StoredPhase
{
    public long Id { get; set; }
    public long RoadmapId { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public int Order { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public int? FirstWeek { get; set; }
    public int? LastWeek { get; set; }
    public List<string> ExitCriteria { get; set; } = [];
}
