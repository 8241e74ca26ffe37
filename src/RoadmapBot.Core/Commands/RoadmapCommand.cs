using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;

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
            .Line($"{view.Phases.Count} phases, {view.Items.Count} items, {view.Habits.Count} daily habits; imported {Show.Short(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(roadmap.ImportedAt, context.Zone).DateTime))} (version ", Span.Code(roadmap.ContentHash[..8]), ").");
        foreach (var phase in view.Phases)
        {
            var (start, end) = Phases.Window(view, phase);
            var dates = start is { } s && end is { } e ? $" · {Show.Short(s)} – {Show.Short(e)}" : "";
            reply.Bullet(Span.Code(phase.Key), $" {phase.Title} · {view.Items.Count(i => i.PhaseKey == phase.Key)} items{dates}");
        }
        if (view.Habits.Count > 0)
            reply.Line("Daily: " + string.Join(", ", view.Habits.Select(h => h.Target is { } t ? $"{h.Metric} {Show.Number(t)} {h.Unit}".TrimEnd() : h.Metric)));
        if (roadmap.StartDate is { } start0)
            reply.Line($"Plan started {Show.Date(start0)}" + (roadmap.ShiftDays != 0 ? $", shifted by {roadmap.ShiftDays} days." : "."));
        else if (view.Items.Any(i => i.DueDate is null && (i.Week is not null || i.Day is not null)))
            reply.Line("Weeks have no dates yet: set the first day with ", Span.Code("/plan start YYYY-MM-DD"), ".");
        if (await context.Db.Roadmaps.AnyAsync(r => r.Id == roadmap.Id && r.PendingSource != null, context.CancellationToken))
            reply.Line("A replacement is waiting: ", Span.Code("/import confirm"), " or ", Span.Code("/import cancel"), ".");
        return reply.Build();
    }
}
