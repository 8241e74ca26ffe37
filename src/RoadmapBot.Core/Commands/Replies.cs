using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Commands;

/// <summary>Lines many commands share.</summary>
public static class Replies
{
    public static ChatReply NoRoadmap { get; } = ChatReply.Text(
        "No roadmap here yet. An admin can load one: send ", Span.Code("/import"), " with a .md file attached, or paste the text after it.");

    public static ChatReply AdminsOnly(string what) => ChatReply.Text($"Only group admins can {what}.");

    public static ChatReply Usage(string verb) => ChatReply.Text(CommandCatalog.UsageLine(verb));

    public static string Icon(ItemStatus status) => status switch
    {
        ItemStatus.Done => "✅",
        ItemStatus.Doing => "🟡",
        ItemStatus.Blocked => "⛔",
        ItemStatus.Skipped => "⏭️",
        _ => "⬜",
    };

    public static Span[] ItemLine(StoredItem item, ItemStatus status)
    {
        var due = item.DueDate is { } d ? $" · due {Show.Short(d)}" : "";
        return [$"{Icon(status)} ", Span.Code(item.Key), $" {item.Title}{due}"];
    }

    public static Span[] Summary(ProgressReport report) =>
        ["Progress: ", Span.Bold($"{report.Done}/{report.Total}"), $" done ({report.Percent}%)"];
}
