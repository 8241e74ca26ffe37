using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Commands;

/// <summary>/today: the day's non-negotiables with what is still open, the agenda, what is due today, overdue and due later this week.</summary>
public sealed class TodayCommand : IChatCommand
{
    private const int Shown = 8;

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        view = context.ShownHere(view, context.Member);
        var today = context.Today;
        var progress = await context.LoadProgressAsync(context.Member);
        var totals = await DailyTotals.LoadSinceAsync(context.Db, context.Member.Id, today, context.CancellationToken);
        var plan = DayPlan.Compute(view, progress, totals, today);
        var reply = new ReplyBuilder().Line(Span.Bold($"Today, {Show.Date(today)}"));
        DayLines.Theme(reply, plan);
        DayLines.Habits(reply, plan, "Non-negotiables");
        DayLines.Agenda(reply, plan, progress);
        WeekLines.Carried(reply, "Carried over from last week", Weeks.CarriedInto(view, progress, context.Day, context.WeekStart));
        DayLines.HabitButtons(reply, plan);
        DayLines.WhatNeedsDoing(reply, plan, progress, Shown);
        return reply.Build();
    }
}
