using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>/streak: days in a row with something logged or checked (rest days and freezes keep it alive), and each habit's own streak.</summary>
public sealed class StreakCommand : IChatCommand
{
    private const int RestDaysShown = 5;

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var totals = await DailyTotals.LoadAsync(context.Db, context.Member.Id, context.CancellationToken);
        var today = context.Today;
        var rules = context.StreakRules(context.Member);
        var streak = totals.Streaks(today, rules);
        var reply = new ReplyBuilder().Line(Span.Bold($"🔥 {Show.Days(streak.Current)} in a row"),
            streak.Current == 0 ? " — log something today to start one." : "", streak.Best > streak.Current ? $" (best {Show.Days(streak.Best)})" : "");
        if (streak.StateOn(today) == DayState.Rest)
            reply.Line("😴 Today is a rest day: it keeps your streak without adding to it.");
        if (rules.FreezesPerMonth > 0)
        {
            var frozen = streak.FrozenInMonthOf(today);
            reply.Line($"❄️ Freezes left this month: {streak.FreezesLeft} of {rules.FreezesPerMonth}",
                frozen.Count == 0 ? "" : $" (used on {string.Join(", ", frozen.Select(d => Show.Short(d, today)))})");
        }
        var ahead = rules.RestDays.Where(d => d > today).Order().ToList();
        if (ahead.Count > 0)
            reply.Line($"Rest days ahead: {string.Join(", ", ahead.Take(RestDaysShown).Select(d => Show.Short(d, today)))}" + (ahead.Count > RestDaysShown ? $" and {ahead.Count - RestDaysShown} more" : ""));
        IReadOnlyList<StoredHabit> habits = await context.LoadRoadmapAsync() is { } view ? context.ShownHere(view, context.Member).Habits : [];
        foreach (var habit in habits)
            reply.Bullet($"{habit.Title}: {Show.Days(totals.HabitStreak(habit, today, rules, streak))}" + (totals.IsMet(habit, today) ? " ✅ today" : ""));
        var calendar = HabitCalendar.From(totals, habits, streak, today);
        // The heatmap's window may begin before the member joined; the count covers only their own days.
        var joined = context.Day.Of(context.Member.JoinedAt);
        var since = joined > calendar.First ? joined : calendar.First;
        // With no habits the calendar counts active days: "all habits met" would claim habits there are none of.
        if (habits.Count > 0)
            reply.Line($"All habits met on {Show.Days(calendar.DaysWithAll)} since {(since == today ? "today" : Show.Date(since))}.");
        return reply.Build() with { File = new ChatFile("streak.png", StreakHeatmap.Render(calendar)) };
    }
}
