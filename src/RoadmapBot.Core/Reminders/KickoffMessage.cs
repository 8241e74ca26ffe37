using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Reminders;

/// <summary>Morning kickoff: the weekday theme, the day's habits with targets, the agenda, a few due and overdue items.</summary>
public static class KickoffMessage
{
    private const int Shown = 3;

    public static async Task<ChatReply?> BuildAsync(ReminderScene scene)
    {
        var progress = await scene.ProgressAsync();
        var plan = DayPlan.Compute(scene.View, progress, await scene.TotalsAsync(scene.Day), scene.Day);
        var reply = scene.Start(Span.Bold($"☀️ Good morning — {Show.Date(scene.Day)}"));
        DayLines.Theme(reply, plan);
        DayLines.Habits(reply, plan, "Today's non-negotiables");
        DayLines.Agenda(reply, plan, progress);
        DayLines.Items(reply, $"Due today ({plan.Due.Count})", plan.Due, progress, plan.Day, Shown, "/tasks due");
        DayLines.Items(reply, $"Overdue ({plan.Overdue.Count})", plan.Overdue, progress, plan.Day, Shown, "/tasks overdue");
        if (plan.Agenda.Count == 0 && plan.Due.Count == 0 && plan.Overdue.Count == 0)
            DayLines.Items(reply, "Next up", plan.NextUp(Shown).ToList(), progress, plan.Day, Shown, "/tasks");
        if (plan.Open.Count == 0)
            reply.Line("Every item is done. 🎉");
        DayLines.DoneButtons(reply, plan);
        return reply.Button("Today", "/today").Build();
    }
}
