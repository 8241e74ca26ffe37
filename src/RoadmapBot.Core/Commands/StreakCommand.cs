using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>/streak: days in a row with something logged or checked, and each habit's own streak.</summary>
public sealed class StreakCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var totals = await DailyTotals.LoadAsync(context.Db, context.Member.Id, context.CancellationToken);
        var today = context.Today;
        var streak = totals.Streak(today);
        var reply = new ReplyBuilder().Line(Span.Bold($"🔥 {Show.Days(streak)} in a row"), streak == 0 ? " — log something today to start one." : "");
        if (await context.LoadRoadmapAsync() is { } view)
            foreach (var habit in view.Habits)
                reply.Bullet($"{habit.Title}: {Show.Days(totals.HabitStreak(habit, today))}" + (totals.IsMet(habit, today) ? " ✅ today" : ""));
        return reply.Build();
    }
}
