using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Views;

/// <summary>The parts of a day shared by /today and the morning kickoff: theme, habits, agenda, what needs doing, buttons.</summary>
public static class DayLines
{
    private const int NextUpShown = 3;
    private const int DoneButtonsShown = 3;

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

    /// <summary>
    /// What needs doing, each list at most <paramref name="shown"/> long: due today, overdue, due later this week (or, with
    /// none of these, next up); then a "✅ t5" button for the first few open items listed, so nobody has to type keys.
    /// </summary>
    public static void WhatNeedsDoing(ReplyBuilder reply, DayPlan plan, MemberProgress progress, int shown)
    {
        // The agenda's open items come second, as before: it is listed whole by Agenda.
        IEnumerable<StoredItem> listed = Items(reply, $"Due today ({plan.Due.Count})", plan.Due, progress, plan.Day, shown, "/tasks due");
        listed = listed.Concat(plan.Agenda.Where(plan.Open.Contains));
        listed = listed.Concat(Items(reply, $"Overdue ({plan.Overdue.Count})", plan.Overdue, progress, plan.Day, shown, "/tasks overdue"));
        listed = listed.Concat(Items(reply, $"Due later this week ({plan.LaterThisWeek.Count})", plan.LaterThisWeek, progress, plan.Day, shown, "/tasks due"));
        if (plan.Agenda.Count == 0 && plan.Due.Count == 0 && plan.Overdue.Count == 0 && plan.LaterThisWeek.Count == 0)
            listed = listed.Concat(Items(reply, "Next up", plan.NextUp(NextUpShown).ToList(), progress, plan.Day, shown, "/tasks"));
        if (plan.Open.Count == 0)
            reply.Line("Every item is done. 🎉");
        foreach (var item in listed.DistinctBy(i => i.Key).Take(DoneButtonsShown))
            reply.Button($"✅ {item.Key}", $"/done {item.Key}");
    }

    /// <summary>A titled list of at most <paramref name="shown"/> items, then how many more there are; returns the items listed.</summary>
    public static IReadOnlyList<StoredItem> Items(ReplyBuilder reply, string title, IReadOnlyList<StoredItem> items, MemberProgress progress, DateOnly today, int shown, string more)
    {
        if (items.Count == 0)
            return [];
        reply.Line(Span.Bold(title));
        var listed = items.Take(shown).ToList();
        foreach (var item in listed)
            reply.Bullet(StatusLines.Item(item, progress.StatusOf(item), today));
        if (items.Count > shown)
            reply.Bullet($"… and {items.Count - shown} more ({more})");
        return listed;
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
