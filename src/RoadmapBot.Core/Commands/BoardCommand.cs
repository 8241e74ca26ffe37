using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>/board: the space's members ranked by items done, then streak. Names are plain text, never mentions.</summary>
public sealed class BoardCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        var rows = await Leaderboard.LoadAsync(context.Db, view, context.Space.Id, context.Today, context.Today, context.FreezesPerMonth, context.CancellationToken);
        var reply = new ReplyBuilder().Line(Span.Bold("Leaderboard"));
        var rank = 0;
        foreach (var (member, report, _, streak) in rows)
            reply.Bullet($"{++rank}. ", Span.Bold(member.DisplayName), $" — {report.Done}/{report.Total} ({report.Percent}%), 🔥 {streak}, {LeaderboardChart.State(report)}");
        if (!context.Space.IsGroup)
            reply.Line("In a group, everyone who uses me shows up here.");
        return reply.Build() with { File = new ChatFile("board.png", LeaderboardChart.Render(rows)) };
    }
}
