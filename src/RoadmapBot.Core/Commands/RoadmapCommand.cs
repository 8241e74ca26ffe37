using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Commands;

/// <summary>/roadmap: what is loaded — phases with their item counts, habits, schedule.</summary>
public sealed class RoadmapCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        var roadmap = view.Roadmap;
        var reply = new ReplyBuilder()
            .Line(Span.Bold(view.Title))
            .Line($"{Quantity.Of(view.Phases.Count, "phase")}, {Quantity.Of(view.Items.Count, "item")}, {Quantity.Of(view.Habits.Count, "daily habit")}; imported {Show.Short(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(roadmap.ImportedAt, context.Zone).DateTime), context.Today)} (version ", Span.Code(roadmap.ContentHash[..8]), ").");
        foreach (var phase in view.Phases)
        {
            var (start, end) = Phases.Window(view, phase);
            var dates = start is { } s && end is { } e ? $" · {Show.Short(s, context.Today)} – {Show.Short(e, context.Today)}" : "";
            reply.Bullet(Span.Code(phase.Key), $" {phase.Title} · {Quantity.Of(view.Items.Count(i => i.PhaseKey == phase.Key), "item")}{dates}");
        }
        if (view.Habits.Count > 0)
            reply.Line("Daily: " + string.Join(", ", view.Habits.Select(h => h.Target is { } t ? $"{h.Metric} {Show.Number(t)} {Quantity.Unit(t, h.Unit)}".TrimEnd() : h.Metric)));
        Resources(reply, view.Extras.Resources);
        PlanLines.State(reply, view, context.Today);
        if (await context.Db.Roadmaps.AnyAsync(r => r.Id == roadmap.Id && r.PendingSource != null, context.CancellationToken))
            reply.Line("A replacement is waiting: ", Span.Code("/import confirm"), " or ", Span.Code("/import cancel"), ".");
        await KeptAsideAsync(context, reply);
        return reply.Build();
    }

    // The document's reference sections: what they list, with links, a few lines each.
    private static void Resources(ReplyBuilder reply, IReadOnlyList<Roadmaps.RoadmapResource> resources)
    {
        if (resources.Count == 0)
            return;
        reply.Line(Span.Bold($"Resources ({resources.Count}):"));
        foreach (var resource in resources.Take(8))
        {
            var lines = resource.Entries.Select(e => resource.Links.FirstOrDefault(l => l.Title == e) is { } link ? $"{e}: {link.Url}" : e)
                .Concat(resource.Links.Where(l => !resource.Entries.Contains(l.Title)).Select(l => $"{l.Title}: {l.Url}")).ToList();
            reply.Bullet($"{resource.Title} (line {resource.Line})" + (lines.Count == 0 ? "" : ": " + string.Join(" · ", lines.Take(5)) + (lines.Count > 5 ? $" · … {lines.Count - 5} more" : "")));
        }
        if (resources.Count > 8)
            reply.Bullet($"… and {resources.Count - 8} more");
    }

    // Progress an import set aside, by item: counts only, so a group sees no one's status.
    private static async Task KeptAsideAsync(CommandContext context, ReplyBuilder reply)
    {
        var kept = await context.Db.KeptAside.AsNoTracking().Where(k => k.SpaceId == context.Space.Id)
            .Select(k => new { k.ItemKey, k.ItemTitle, k.MemberId }).ToListAsync(context.CancellationToken);
        if (kept.Count == 0)
            return;
        var items = kept.GroupBy(k => (Key: k.ItemKey.ToLowerInvariant(), Title: k.ItemTitle)).ToList();
        reply.Line(Span.Bold($"Kept aside ({items.Count}):"));
        foreach (var item in items.Take(10))
            reply.Bullet($"{item.Key.Key} {item.Key.Title}".TrimEnd() + $": {ImportReplies.MembersProgress(item.Select(k => k.MemberId).Distinct().Count())}");
        if (items.Count > 10)
            reply.Bullet($"… and {items.Count - 10} more");
        reply.Line("It comes back when a later import brings back an item with that title (or that task key).");
    }
}
