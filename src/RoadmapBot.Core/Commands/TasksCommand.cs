using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Commands;

/// <summary>/tasks [phase|status|skill|due|overdue]: a filtered list of items with the member's statuses.</summary>
public sealed class TasksCommand : IChatCommand
{
    private const int Shown = 25;

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        var progress = await context.LoadProgressAsync(context.Member);
        var filter = context.Arguments.ToLowerInvariant();
        var today = context.Today;
        var (title, items) = Filter(filter, view, progress, today);
        if (items is null)
            return ChatReply.Text($"I can't filter by {Echo.Quote(context.Arguments)}. Try a phase ({string.Join(", ", view.Phases.Select(p => p.Key).Take(4))}{(view.Phases.Count > 4 ? $" … {view.Phases[^1].Key}" : "")}), a status (todo, doing, blocked, done, skipped), a skill, due or overdue.");
        var reply = new ReplyBuilder().Line(Span.Bold($"{title} ({items.Count})"));
        if (items.Count == 0)
            reply.Line("Nothing here.");
        foreach (var item in items.Take(Shown))
            reply.Bullet(StatusLines.Item(item, progress.StatusOf(item), today));
        if (items.Count > Shown)
            reply.Line($"… and {items.Count - Shown} more; narrow it down, e.g. /tasks {view.Phases.FirstOrDefault()?.Key ?? "todo"}.");
        return reply.Build();
    }

    private static (string Title, IReadOnlyList<StoredItem>? Items) Filter(string filter, RoadmapView view, MemberProgress progress, DateOnly today)
    {
        var open = view.Items.Where(i => progress.StatusOf(i) is not (ItemStatus.Done or ItemStatus.Skipped));
        if (filter.Length == 0)
        {
            var phase = Phases.Current(view, today);
            var inPhase = open.Where(i => phase is null || i.PhaseKey == phase.Key).ToList();
            // A phase finished early (or a plan whose dates are past) still has work elsewhere to show.
            return phase is not null && inPhase.Count == 0 && open.Any()
                ? ($"Nothing open in {phase.Title}; open in the roadmap", open.ToList())
                : ($"Open in {phase?.Title ?? "the roadmap"}", inPhase);
        }
        if (filter == "due")
            return ("Due in the next 7 days", open.Where(i => i.DueDate >= today && i.DueDate <= today.AddDays(7)).OrderBy(i => i.DueDate).ToList());
        if (filter == "overdue")
            return ("Overdue", open.Where(i => i.DueDate < today).OrderBy(i => i.DueDate).ToList());
        if (filter == "all")
            return ("All items", view.Items);
        if (Enum.TryParse<ItemStatus>(filter == "skip" ? "skipped" : filter, true, out var status) && !int.TryParse(filter, out _))
            return ($"Status {status.ToString().ToLowerInvariant()}", view.Items.Where(i => progress.StatusOf(i) == status).ToList());
        var phaseMatch = view.Phases.FirstOrDefault(p => p.Key.Equals(filter, StringComparison.OrdinalIgnoreCase)
            || p.Key.Equals("ph" + filter.Replace("phase", "").Trim(), StringComparison.OrdinalIgnoreCase));
        if (phaseMatch is not null)
            return (phaseMatch.Title, view.Items.Where(i => i.PhaseKey == phaseMatch.Key).ToList());
        var bySkill = view.Items.Where(i => i.Skills.Any(s => s.Equals(filter, StringComparison.OrdinalIgnoreCase))).ToList();
        return bySkill.Count > 0 ? ($"Skill {filter}", bySkill) : ("", null);
    }
}
