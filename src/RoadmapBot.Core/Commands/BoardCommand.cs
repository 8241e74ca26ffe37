using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Commands;

/// <summary>/board: the space's members ranked by items done, then streak. Names are plain text, never mentions.</summary>
public sealed class BoardCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        var ct = context.CancellationToken;
        var members = await context.Db.Members.AsNoTracking().Where(m => m.SpaceId == context.Space.Id).ToListAsync(ct);
        var rows = new List<(Member Member, ProgressReport Report, int Streak)>();
        foreach (var member in members)
        {
            var report = ProgressReport.Compute(view, await context.LoadProgressAsync(member), context.Today);
            var totals = await DailyTotals.LoadAsync(context.Db, member.Id, ct);
            rows.Add((member, report, totals.Streak(context.Today)));
        }
        var reply = new ReplyBuilder().Line(Span.Bold("Leaderboard"));
        var rank = 0;
        foreach (var (member, report, streak) in rows.OrderByDescending(r => r.Report.Done).ThenByDescending(r => r.Streak).ThenBy(r => r.Member.DisplayName))
        {
            var state = report.Behind > 0 ? $"behind by {report.Behind}" : "on track";
            reply.Bullet($"{++rank}. ", Span.Bold(member.DisplayName), $" — {report.Done}/{report.Total} ({report.Percent}%), 🔥 {streak}, {state}");
        }
        if (!context.Space.IsGroup)
            reply.Line("In a group, everyone who uses me shows up here.");
        return reply.Build();
    }
}
