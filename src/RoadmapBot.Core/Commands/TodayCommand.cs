using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Commands;

/// <summary>/today: the day's non-negotiables with what is still open, the agenda, what is due and overdue.</summary>
public sealed class TodayCommand : IChatCommand
{
    private const int Shown = 8;

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        var today = context.Today;
        var progress = await context.LoadProgressAsync(context.Member);
        var totals = await DailyTotals.LoadAsync(context.Db, context.Member.Id, context.CancellationToken);
        var reply = new ReplyBuilder().Line(Span.Bold($"Today, {Show.Date(today)}"));
        if (view.Extras.WeekdayThemes.FirstOrDefault(t => t.Days.Contains(today.DayOfWeek)) is { } theme)
            reply.Line("Theme: ", Span.Italic(theme.Title));
        if (view.Habits.Count > 0)
        {
            reply.Line(Span.Bold("Non-negotiables"));
            foreach (var habit in view.Habits)
            {
                var total = totals.Total(habit.Metric, today, today);
                var state = habit.Target is { } t ? $" {Show.Number(total)}/{Show.Number(t)} {habit.Unit}".TrimEnd() : "";
                reply.Bullet(totals.IsMet(habit, today) ? "✅ " : "⬜ ", habit.Title, state);
            }
        }
        var open = view.Items.Where(i => progress.StatusOf(i) is not (ItemStatus.Done or ItemStatus.Skipped)).ToList();
        var agenda = view.Items.Where(i => i.DueDate == today && i.Slot is not null).OrderBy(i => i.Slot).ToList();
        if (agenda.Count > 0)
        {
            reply.Line(Span.Bold("Agenda"));
            foreach (var item in agenda)
                reply.Bullet([item.Slot!.Value.ToString("HH:mm ", CultureInfo.InvariantCulture), .. Replies.ItemLine(item, progress.StatusOf(item))]);
        }
        var due = open.Where(i => i.DueDate == today && i.Slot is null).ToList();
        var overdue = open.Where(i => i.DueDate < today).ToList();
        List(reply, "Due today", due, progress);
        List(reply, $"Overdue ({overdue.Count})", overdue, progress);
        if (agenda.Count == 0 && due.Count == 0 && overdue.Count == 0)
            List(reply, "Next up", open.OrderBy(i => i.DueDate ?? DateOnly.MaxValue).ThenBy(i => i.Order).Take(3).ToList(), progress);
        if (open.Count == 0)
            reply.Line("Every item is done. 🎉");
        foreach (var item in due.Concat(overdue).Concat(open).Take(3).DistinctBy(i => i.Key))
            reply.Button($"Done {item.Key}", $"/done {item.Key}");
        return reply.Build();
    }

    private static void List(ReplyBuilder reply, string title, IReadOnlyList<Data.StoredItem> items, MemberProgress progress)
    {
        if (items.Count == 0)
            return;
        reply.Line(Span.Bold(title));
        foreach (var item in items.Take(Shown))
            reply.Bullet(Replies.ItemLine(item, progress.StatusOf(item)));
        if (items.Count > Shown)
            reply.Bullet($"… and {items.Count - Shown} more (/tasks overdue)");
    }
}
