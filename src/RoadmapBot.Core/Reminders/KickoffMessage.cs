using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Reminders;

/// <summary>Morning kickoff: the weekday theme, the day's habits with targets, the agenda, and /today's lists of what needs doing, shorter.</summary>
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
        DayLines.WhatNeedsDoing(reply, plan, progress, Shown);
        return reply.Button("Today", "/today").Build();
    }
}
