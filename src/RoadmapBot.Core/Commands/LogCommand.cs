using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>/log METRIC AMOUNT [note]: adds to the member's day (today, yesterday or a date) and shows the day's total.</summary>
public sealed class LogCommand : IChatCommand
{
    public const int MaxDaysBack = 30;

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var words = context.Words.ToList();
        var day = context.Today;
        // "… last monday" at the end is one day in two words.
        var lastWeekday = words.Count >= 4 && words[^2].Equals("last", StringComparison.OrdinalIgnoreCase) && Amount.Parse(words[^3]) is not null
            ? DayArgument.Logged(words[^1], context.Today, last: true) : null;
        if (lastWeekday is { } lastDay)
        {
            day = lastDay;
            words.RemoveRange(words.Count - 2, 2);
        }
        // A day goes first, or last right after an amount ("/log sql 4 yesterday"), so a note may end in "today".
        var candidates = lastWeekday is not null ? [] : words.Count >= 2 && Amount.Parse(words[^2]) is not null ? new[] { 0, words.Count - 1 } : [0];
        foreach (var index in words.Count > 0 ? candidates : [])
        {
            if (DayArgument.Logged(words[index], context.Today) is { } parsed)
            {
                day = parsed;
                words.RemoveAt(index);
                break;
            }
            if (DayArgument.LooksLikeDate(words[index]))
                return ChatReply.Refusal($"{Echo.Quote(words[index])} is not a date; use YYYY-MM-DD, e.g. /log sql 4 {context.Today.AddDays(-1):yyyy-MM-dd}.");
        }
        if (day > context.Today)
            return ChatReply.Refusal("That day hasn't happened yet; log today or a past day.");
        // Bounded backfill: every streak and total walks the days from the first log.
        if (day < context.Today.AddDays(-MaxDaysBack))
            return ChatReply.Refusal($"You can log up to {MaxDaysBack} days back.");
        if (context.Day.Of(context.Member.JoinedAt) is var joined && day < joined)
            return ChatReply.Refusal($"You joined on {Show.Short(joined, context.Today)}; log from that day on.");
        var view = await context.LoadRoadmapAsync();
        var metrics = view is null ? [] : Metrics.Of(view, context.Today);
        var request = LogRequest.Parse(words, metrics);
        if (request.Error is { } error)
            return ChatReply.Refusal(error);
        var logs = request.Entries.Select(e => new MetricLog
        {
            MemberId = context.Member.Id, Metric = e.Metric, Amount = e.Amount, LoggedAt = context.Now, LocalDate = day,
            Note = request.Note is { Length: > 500 } n ? n[..500] : request.Note,
        }).ToList();
        context.Db.MetricLogs.AddRange(logs);
        await context.SaveAndAuditAsync(AuditKind.MetricLog, () => logs.Select(l => l.Id).ToList());

        var totals = await DailyTotals.LoadSinceAsync(context.Db, context.Member.Id, day, context.CancellationToken);
        var reply = new ReplyBuilder().Line(day == context.Today ? "Logged for today:" : $"Logged for {Show.Short(day, context.Today)}:");
        foreach (var entry in request.Entries)
            reply.Bullet(context.IsPrivateHere(entry.Metric) ? ["🔒 a private metric: logged"] : Describe(entry, totals.Total(entry.Metric, day, day)));
        if (request.Note is { } note)
            reply.Line("Note: ", Span.Italic(note));
        return reply.Build();
    }

    private static Span[] Describe(LogEntry entry, double dayTotal)
    {
        string UnitAfter(double amount) => entry.Info?.Unit is { Length: > 0 } u ? $" {Quantity.Unit(amount, u)}" : "";
        var added = $"{entry.Metric} +{Show.Number(entry.Amount)}{UnitAfter(entry.Amount)}";
        if (entry.Info?.Habit?.Target is not { } target)
            return [added, $" (day total {Show.Number(dayTotal)}{UnitAfter(dayTotal)})"];
        return dayTotal >= target
            ? [added, " — ", Span.Bold($"{Show.Number(dayTotal)}/{Show.Number(target)}"), " ✅ target met"]
            : [added, " — ", Span.Bold($"{Show.Number(dayTotal)}/{Show.Number(target)}"), $" ({Show.Number(target - dayTotal)} to go)"];
    }
}
