using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Reminders;

/// <summary>The start of a dated agenda slot (seed 004): the slot's item and its time range; nothing once it is finished.</summary>
public static class AgendaMessage
{
    public static async Task<ChatReply?> BuildAsync(ReminderScene scene)
    {
        // The key is m{member}:agenda:{item}:{local start}; item keys never hold a colon. A snoozed one
        // (m{member}:agenda:snoozed:…) names its item through the key the member snoozed.
        var snoozed = scene.Entry.Key.Split(':') is [_, _, "snoozed", ..];
        var key = snoozed ? ReminderSettings.Parse(scene.Member.Settings).SnoozedKey ?? "" : scene.Entry.Key;
        var parts = key.Split(':');
        if (parts is not [_, "agenda", _, ..] || scene.View.Find(parts[2]) is not { } item)
            return null;
        var progress = await scene.ProgressAsync();
        if (progress.StatusOf(item) is ItemStatus.Done or ItemStatus.Skipped)
            return null;
        var reply = scene.Start(Span.Bold(snoozed ? $"⏰ Snoozed: {DayLines.SlotTime(item)}" : $"⏰ Now: {DayLines.SlotTime(item)}"))
            .Line(Span.Code(item.Key), " ", item.Title);
        if ((item.Deliverable ?? item.Outcome) is { } goal)
            reply.Line("Goal: ", Span.Italic(goal));
        return reply.Button($"Doing {item.Key}", $"/doing {item.Key}").Button($"Done {item.Key}", $"/done {item.Key}").Build();
    }
}
