using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Views;

/// <summary>The parts of a day shared by /today and the morning kickoff: theme, habits, agenda, item lists, buttons.</summary>
public static class DayLines
{
    public static void Theme(ReplyBuilder reply, DayPlan plan)
    {
        if (plan.Theme is { } theme)
            reply.Line("Theme: ", Span.Italic(theme.Title), theme.Detail is { Length: > 0 } detail ? $" — {detail}" : "");
    }

    /// <summary>Each habit with its target and what is logged; <paramref name="openOnly"/> leaves out the ones met.</summary>
    public static void Habits(ReplyBuilder reply, DayPlan plan, string title, bool openOnly = false)
    {
        var habits = plan.Habits.Where(h => !openOnly || !h.Met).ToList();
        if (habits.Count == 0)
            return;
        reply.Line(Span.Bold(title));
        foreach (var (habit, total, met) in habits)
        {
            var state = habit.Target is { } t ? $" {Show.Number(total)}/{Show.Number(t)} {Quantity.Unit(t, habit.Unit)}".TrimEnd() : "";
            reply.Bullet(met ? "✅ " : "⬜ ", habit.Title, state);
        }
    }

    public static void Agenda(ReplyBuilder reply, DayPlan plan, MemberProgress progress)
    {
        if (plan.Agenda.Count == 0)
            return;
        reply.Line(Span.Bold("Agenda"));
        foreach (var item in plan.Agenda)
            reply.Bullet([SlotTime(item), " ", .. StatusLines.Item(item, progress.StatusOf(item), plan.Day)]);
    }

    /// <summary>A titled list of at most <paramref name="shown"/> items, then how many more there are.</summary>
    public static void Items(ReplyBuilder reply, string title, IReadOnlyList<StoredItem> items, MemberProgress progress, DateOnly today, int shown, string more)
    {
        if (items.Count == 0)
            return;
        reply.Line(Span.Bold(title));
        foreach (var item in items.Take(shown))
            reply.Bullet(StatusLines.Item(item, progress.StatusOf(item), today));
        if (items.Count > shown)
            reply.Bullet($"… and {items.Count - shown} more ({more})");
    }

    /// <summary>"✅ t5" buttons for the first few items that need doing, so nobody has to type keys.</summary>
    public static void DoneButtons(ReplyBuilder reply, DayPlan plan, int count = 3)
    {
        var openAgenda = plan.Agenda.Where(a => plan.Open.Contains(a));
        foreach (var item in plan.Due.Concat(openAgenda).Concat(plan.Overdue).Concat(plan.Open).DistinctBy(i => i.Key).Take(count))
            reply.Button($"✅ {item.Key}", $"/done {item.Key}");
    }

    /// <summary>One tap per open habit: "+1 sql" logs one more, "✅ update" ticks a yes/no habit.</summary>
    public static void HabitButtons(ReplyBuilder reply, DayPlan plan)
    {
        foreach (var (habit, _, _) in plan.Habits.Where(h => !h.Met))
        {
            var step = habit.Unit switch { "hours" => "30m", "minutes" => "15", _ => "1" };
            if (habit.Target is null) reply.Button($"✅ {habit.Metric}", $"/check {habit.Metric}");
            else reply.Button($"+{step} {habit.Metric}", $"/log {habit.Metric} {step}");
        }
    }

    /// <summary>"09:00" or "09:00–10:30": a slot's local start and end.</summary>
    public static string SlotTime(StoredItem item) =>
        item.Slot is not { } start ? ""
        : item.SlotEnd is { } end ? $"{start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)}"
        : start.ToString("HH:mm", CultureInfo.InvariantCulture);
}
