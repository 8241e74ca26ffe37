using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Views;

/// <summary>How an item's status and a roadmap's progress read, the same in every command and reminder.</summary>
public static class StatusLines
{
    public static string Icon(ItemStatus status) => status switch
    {
        ItemStatus.Done => "✅",
        ItemStatus.Doing => "🟡",
        ItemStatus.Blocked => "⛔",
        ItemStatus.Skipped => "⏭️",
        _ => "⬜",
    };

    public static Span[] Item(StoredItem item, ItemStatus status, DateOnly today)
    {
        var due = item.DueDate is { } d ? $" · due {Show.Short(d, today)}" : "";
        return [$"{Icon(status)} ", Span.Code(item.Key), $" {item.Title}{due}"];
    }

    public static Span[] Summary(ProgressReport report) =>
        ["Progress: ", Span.Bold($"{report.Done}/{report.Total}"), $" done ({report.Percent}%)"];
}
