namespace RoadmapBot.Core.Data;

/// <summary>A daily non-negotiable; <see cref="Target"/> null means a yes/no habit.</summary>
public sealed class StoredHabit
{
    public long Id { get; set; }
    public long RoadmapId { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public required string Metric { get; set; }
    public double? Target { get; set; }
    public string Unit { get; set; } = "";
    public int Order { get; set; }
}
