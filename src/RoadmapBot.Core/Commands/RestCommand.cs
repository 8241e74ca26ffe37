using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>
/// /rest [today|tomorrow|DATE|DATE..DATE]: planned rest days, which neither break nor extend a streak; /rest off DATE
/// takes them back; /rest alone lists the ones ahead.
/// </summary>
public sealed class RestCommand : IChatCommand
{
    private const int MaxSpan = 31;
    private const int MaxAhead = 366;

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var today = context.Today;
        var words = context.Words.Select(w => w.ToLowerInvariant()).ToArray();
        var settings = AccountabilitySettings.Parse(context.Member.Settings);
        if (words.Length == 0)
            return List(settings, today);
        var off = words[0] is "off" or "cancel";
        if (words.Length != (off ? 2 : 1) || Range(words[^1], today) is not { } range)
            return ChatReply.Text($"I can't read {Echo.Quote(context.Arguments)}. Use /rest tomorrow, /rest {today.AddDays(2):yyyy-MM-dd} or /rest {today.AddDays(2):yyyy-MM-dd}..{today.AddDays(3):yyyy-MM-dd}; /rest off DATE takes one back.");
        var (from, to) = range;
        if (to < from)
            return ChatReply.Text($"That range ends before it starts; write the earlier day first, e.g. /rest {to:yyyy-MM-dd}..{from:yyyy-MM-dd}.");
        if (to.DayNumber - from.DayNumber >= MaxSpan)
            return ChatReply.Text($"At most {MaxSpan} rest days at a time.");
        if (!off && from < today)
            return ChatReply.Text("Rest days are planned: pick today or a later day (a missed day uses one of your freezes instead).");
        if (to.DayNumber - today.DayNumber >= MaxAhead)
            return ChatReply.Text("I can plan rest days up to a year ahead.");
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList();
        if (off)
        {
            if (!days.Any(settings.RestDays.Contains))
                return ChatReply.Text($"{Describe(from, to, today)} {(days.Count == 1 ? "is not a rest day" : "holds no rest days")}. /rest lists yours.");
            await AccountabilitySettingsWriter.SaveAsync(context, s => s with { RestDays = [.. s.RestDays.Except(days)] });
            return ChatReply.Text($"No longer resting: {Describe(from, to, today)}.");
        }
        if (days.All(settings.RestDays.Contains))
            return ChatReply.Text($"{Describe(from, to, today)} {(days.Count == 1 ? "is already a rest day" : "are already rest days")}.");
        await AccountabilitySettingsWriter.SaveAsync(context, s => s with { RestDays = [.. s.RestDays.Union(days).Order()] });
        return ChatReply.Text($"😴 Rest {(days.Count == 1 ? "day" : "days")}: {Describe(from, to, today)}. Your streak neither breaks nor grows then; ",
            Span.Code($"/rest off {from:yyyy-MM-dd}"), " takes it back.");
    }

    private static ChatReply List(AccountabilitySettings settings, DateOnly today)
    {
        var ahead = settings.RestDays.Where(d => d >= today).ToList();
        return ahead.Count == 0
            ? ChatReply.Text("No rest days planned. Plan one with ", Span.Code("/rest tomorrow"), $" or a range: /rest {today.AddDays(2):yyyy-MM-dd}..{today.AddDays(3):yyyy-MM-dd}.")
            : ChatReply.Text($"Rest days ahead: {string.Join(", ", ahead.Select(d => Show.Short(d, today)))}. ", Span.Code("/rest off DATE"), " takes one back.");
    }

    /// <summary>"tomorrow", "2026-02-14" or "2026-02-14..2026-02-16".</summary>
    private static (DateOnly From, DateOnly To)? Range(string word, DateOnly today)
    {
        var parts = word.Split("..");
        if (parts.Length is not (1 or 2) || Day(parts[0], today) is not { } from)
            return null;
        return parts.Length == 1 ? (from, from) : Day(parts[1], today) is { } to ? (from, to) : null;
    }

    private static DateOnly? Day(string word, DateOnly today) => word == "tomorrow" ? today.AddDays(1) : DayArgument.Parse(word, today);

    private static string Describe(DateOnly from, DateOnly to, DateOnly today) =>
        from == to ? Show.Short(from, today) : $"{Show.Short(from, today)} – {Show.Short(to, today)}";
}
