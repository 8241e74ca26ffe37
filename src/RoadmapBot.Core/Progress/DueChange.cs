using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>One item's due date as a re-plan would move it.</summary>
public sealed record DueChange(StoredItem Item, DateOnly From, DateOnly To);
