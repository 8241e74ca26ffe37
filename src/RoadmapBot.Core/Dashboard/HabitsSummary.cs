using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Dashboard;

/// <summary>The habits page: the streak, the heatmap /streak sends (the same renderer) and this week against targets as /week says it.</summary>
public sealed record HabitsSummary(StreakCalendar Streak, IReadOnlyList<(string Habit, int Streak, bool MetToday)> Habits, byte[] Heatmap, ChatReply Week)
{
    public static async Task<HabitsSummary> LoadAsync(RoadmapDbContext db, DashboardSnapshot snapshot, int freezesPerMonth, CancellationToken ct)
    {
        var totals = await DailyTotals.LoadAsync(db, snapshot.Member.Id, ct);
        var rules = StreakRules.For(snapshot.Member, freezesPerMonth);
        var streak = totals.Streaks(snapshot.Today, rules);
        IReadOnlyList<StoredHabit> habits = snapshot.View?.Habits ?? [];
        var week = new ReplyBuilder();
        if (snapshot.View is { } view)
            WeekLines.Add(week, view, totals, HabitDays.For(snapshot.Member, MemberDay.For(snapshot.Member, snapshot.Zone)), Weeks.Start(snapshot.Today), snapshot.Today);
        return new HabitsSummary(
            streak,
            [.. habits.Select(h => (h.Title, totals.HabitStreak(h, snapshot.Today, rules, streak), totals.IsMet(h, snapshot.Today)))],
            StreakHeatmap.Render(HabitCalendar.From(totals, habits, streak, snapshot.Today)),
            week.Build());
    }
}
