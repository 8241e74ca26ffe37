using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands.Plain;

/// <summary>What the bot knows about a member's words: the roadmap's metrics, habits and items.</summary>
public sealed record PlainVocabulary(IReadOnlyList<MetricInfo> Metrics, RoadmapView View)
{
    public static PlainVocabulary Of(RoadmapView view, DateOnly today) => new(Progress.Metrics.Of(view, today), view);
}
