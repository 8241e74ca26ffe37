using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Commands;

/// <summary>/phase: the current phase, its progress and exit criteria; /phase tick N ticks criterion N.</summary>
public sealed class PhaseCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        if (Phases.Current(view, context.Today) is not { } phase)
            return ChatReply.Refusal("This roadmap has no phases.");
        var ticks = await context.Db.CriterionTicks
            .Where(t => t.MemberId == context.Member.Id && t.PhaseKey == phase.Key)
            .Select(t => t.Number).ToListAsync(context.CancellationToken);
        var words = context.Words;
        if (words.Length > 0)
        {
            if (words[0].ToLowerInvariant() != "tick" || words.Length != 2 || !int.TryParse(words[1], out var n) || n < 1 || n > phase.ExitCriteria.Count)
                return ChatReply.Refusal(phase.ExitCriteria.Count == 0
                    ? $"{phase.Title} has no exit criteria to tick."
                    : $"Tick a criterion with /phase tick N, N from 1 to {phase.ExitCriteria.Count}.");
            if (ticks.Contains(n))
                return ChatReply.Text($"Criterion {n} is already ticked ✅");
            var tick = new CriterionTick { MemberId = context.Member.Id, PhaseKey = phase.Key, Number = n, TickedAt = context.Now };
            context.Db.CriterionTicks.Add(tick);
            await context.SaveAndAuditAsync(AuditKind.CriterionTick, () => tick.Id);
            ticks.Add(n);
        }
        return Describe(view, phase, await context.LoadProgressAsync(context.Member), ticks, context.Today);
    }

    private static ChatReply Describe(RoadmapView view, StoredPhase phase, MemberProgress progress, List<int> ticks, DateOnly today)
    {
        var items = view.Items.Where(i => i.PhaseKey == phase.Key && progress.StatusOf(i) != ItemStatus.Skipped).ToList();
        var done = items.Count(i => progress.StatusOf(i) == ItemStatus.Done);
        var (start, end) = Phases.Window(view, phase);
        var dates = start is { } s && end is { } e ? $" ({Show.Short(s, today)} – {Show.Short(e, today)})" : "";
        var reply = new ReplyBuilder()
            .Line(Span.Bold(phase.Title), dates)
            .Line($"Items: {done}/{items.Count} done ({Show.Percent(done, items.Count)}%)");
        if (phase.ExitCriteria.Count > 0)
        {
            reply.Line($"Exit criteria ({ticks.Count}/{phase.ExitCriteria.Count}):");
            for (var i = 0; i < phase.ExitCriteria.Count; i++)
                reply.Bullet(ticks.Contains(i + 1) ? "✅ " : "⬜ ", $"{i + 1}. {phase.ExitCriteria[i]}");
            var next = Enumerable.Range(1, phase.ExitCriteria.Count).FirstOrDefault(n => !ticks.Contains(n));
            if (next > 0)
                reply.Line("Tick one with ", Span.Code($"/phase tick {next}"), ".");
        }
        return reply.Build();
    }
}
