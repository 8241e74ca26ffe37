namespace RoadmapBot.Core.Progress;

public enum ReplanKind { Shift, Spread }

/// <summary>One way to re-plan: the open items' new due dates (only those that change) and the plan's new finish.</summary>
public sealed record ReplanChoice(ReplanKind Kind, int Days, DateOnly Finish, IReadOnlyList<DueChange> Changes)
{
    /// <summary>The first changes in date order: what a preview shows.</summary>
    public IEnumerable<DueChange> First(int count) => Changes.OrderBy(c => c.To).ThenBy(c => c.Item.Order).Take(count);
}
