using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>/daystart [HH:MM]: when the member's day starts (00:00 to 06:00); what they log before it counts for the day before.</summary>
public sealed class DayStartCommand : IChatCommand
{
    private static readonly TimeOnly Latest = new(6, 0);

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var word = context.Arguments.ToLowerInvariant();
        if (word.Length == 0)
            return context.DayStart == TimeOnly.MinValue
                ? ChatReply.Text("Your day starts at midnight. Up past it? ", Span.Code("/daystart 04:00"), " counts what you log before 04:00 for the day before.")
                : ChatReply.Text($"Your day starts at {ScheduleWords.Show(context.DayStart)}: what you log before then counts for the day before. ",
                    Span.Code("/daystart 00:00"), " goes back to midnight.");
        if (Parse(word) is not { } start)
            return ChatReply.Text($"{Echo.Quote(context.Arguments)} is not a time; use HH:MM from 00:00 to 06:00, e.g. /daystart 04:00.");
        if (start > Latest)
            return ChatReply.Text($"{ScheduleWords.Show(start)} is too late for a day to start; pick a time from 00:00 to 06:00, e.g. /daystart 04:00.");
        await AccountabilitySettingsWriter.SaveAsync(context, s => s with { DayStart = start == TimeOnly.MinValue ? null : start });
        var today = new MemberDay(context.Zone, start).Of(context.Now);
        return start == TimeOnly.MinValue
            ? ChatReply.Text($"Your day starts at midnight again. Today is {Show.Date(today)}.")
            : ChatReply.Text($"Your day now starts at {ScheduleWords.Show(start)}: what you log before then counts for the day before. Today is {Show.Date(today)} for you.");
    }

    // "04:00", "4:30", "4" or "midnight".
    private static TimeOnly? Parse(string word) =>
        word == "midnight" ? TimeOnly.MinValue
        : ScheduleWords.Time(word) is { } time ? time
        : int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour < 24 ? new TimeOnly(hour, 0)
        : null;
}
