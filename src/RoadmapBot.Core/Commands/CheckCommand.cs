using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>/check HABIT: ticks a yes/no habit (such as "progress update") as met today; a habit with a number points to /log.</summary>
public sealed class CheckCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (context.Arguments.Length == 0)
            return Replies.Usage("check");
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        var metric = Metrics.Resolve(context.Arguments, Metrics.Of(view, context.Today));
        var habit = metric?.Habit ?? view.Habits.FirstOrDefault(h => Metrics.Normalize(h.Key) == Metrics.Normalize(context.Arguments));
        if (habit is null && view.Habits.Count == 0)
            return ChatReply.Refusal("This roadmap has no daily habits to check; ", Span.Code("/log"), " still keeps any number you track.");
        if (habit is null)
            return ChatReply.Refusal($"There is no habit {Echo.Quote(context.Arguments)}. Habits: {string.Join(", ", view.Habits.Select(h => h.Metric))}.");
        var today = context.Today;
        // The group sees neither the name nor the state of a habit the member keeps private.
        var title = context.IsPrivateHere(habit.Metric) ? "A private habit" : habit.Title;
        // A habit with a number is met by its amount: a tick would show it met with nothing logged.
        if (habit.Target is { } target)
            return ChatReply.Text(context.IsPrivateHere(habit.Metric)
                ? "A private habit is counted, not ticked: log it with /log."
                : $"{habit.Metric} is counted{(habit.Unit.Length > 0 ? $" in {habit.Unit}" : "")}: log it with /log {habit.Metric} {Show.Number(target)}.");
        if (await context.Db.CheckIns.AnyAsync(c => c.MemberId == context.Member.Id && c.HabitKey == habit.Key && c.LocalDate == today, context.CancellationToken))
            return ChatReply.Text($"{title} is already checked for today ✅");
        var checkIn = new HabitCheckIn { MemberId = context.Member.Id, HabitKey = habit.Key, LocalDate = today, CheckedAt = context.Now };
        context.Db.CheckIns.Add(checkIn);
        await context.SaveAndAuditAsync(AuditKind.CheckIn, () => checkIn.Id);
        return ChatReply.Text("✅ ", Span.Bold(title), " checked for today.");
    }
}
