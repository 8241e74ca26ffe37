using System.Globalization;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>How big a roadmap the bot takes: every diff, view and reply stays small enough to answer at once.</summary>
public static class RoadmapLimits
{
    public const int MaxItems = 5_000;
    public const int MaxDepth = 8;

    /// <summary>One line saying which limit <paramref name="roadmap"/> is over, or null when it is within both.</summary>
    public static string? Refusal(Roadmap roadmap)
    {
        var (items, depth) = (0, 0);
        var pending = new Stack<(Item Item, int Depth)>(roadmap.Phases.SelectMany(p => p.Items).Select(i => (i, 1)));
        while (pending.TryPop(out var next))
        {
            items++;
            depth = Math.Max(depth, next.Depth);
            foreach (var child in next.Item.Items)
                pending.Push((child, next.Depth + 1));
        }
        if (items > MaxItems)
            return $"That roadmap has {Show(items)} items; a roadmap can have at most {Show(MaxItems)}. Split it into smaller documents.";
        if (depth > MaxDepth)
            return $"That roadmap nests items {depth} levels deep; a roadmap can nest at most {MaxDepth}. Flatten the deepest lists and send it again.";
        return null;
    }

    private static string Show(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
