using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Commands;

/// <summary>/week: this week's numbers against targets, items done and items due this week.</summary>
public sealed class WeekCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        var (start, today) = (context.WeekStart, context.Today);
        var end = start.AddDays(6);
        view = context.ShownHere(view, context.Member);
        var progress = await context.LoadProgressAsync(context.Member);
        var totals = await DailyTotals.LoadSinceAsync(context.Db, context.Member.Id, start, context.CancellationToken);
        var reply = new ReplyBuilder().Line(Span.Bold($"Week of {Show.Short(start)} – {Show.Short(end)}"));
        var habitDays = HabitDays.For(context.Member, context.Day);
        WeekLines.Add(reply, view, totals, habitDays, start, today);
        reply.Line($"Items done this week: {Weeks.ItemsDone(view, progress, context.Day, start, end)}");
        WeekLines.Carried(reply, "Carried over from last week", Weeks.CarriedInto(view, progress, context.Day, start));
        var due = view.Items.Where(i => i.DueDate >= start && i.DueDate <= end).ToList();
        var bars = WeekChart.Bars(view, totals, habitDays, start, today);
        if (due.Count > 0)
        {
            var dueDone = due.Count(i => progress.StatusOf(i) == ItemStatus.Done);
            bars.Add(new WeekBar("items due this week", dueDone, due.Count, "done"));
            reply.Line(Span.Bold($"Due this week ({dueDone}/{due.Count} done)"));
            foreach (var item in due.Take(15))
                reply.Bullet(StatusLines.Item(item, progress.StatusOf(item), today));
        }
        if (view.Extras.WeeklyChecklist.Count > 0)
        {
            reply.Line(Span.Bold("Weekly checklist"));
            foreach (var step in view.Extras.WeeklyChecklist)
                reply.Bullet(step);
        }
        var chart = WeekChart.Render($"Week of {Show.Short(start)}", bars, today.DayNumber - start.DayNumber + 1);
        return reply.Line("Review the week with ", Span.Code("/review"), ".").Build() with { File = new ChatFile("week.png", chart) };
    }
}
