using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands.Plain;

/// <summary>Applies read actions through the same commands as /log, /done and /check (same rules, same audit), and offers /undo.</summary>
public static class PlainApply
{
    public static async Task<ChatReply> RunAsync(CommandContext context, CommandRouter router, IReadOnlyList<string> actions)
    {
        var view = await context.LoadRoadmapAsync();
        var known = view is null ? [] : Metrics.Of(view, context.Today).Select(m => m.Key).ToHashSet();
        var commands = Merge(actions, known);
        var reply = new ReplyBuilder();
        var buttons = new List<ChatButton>();
        var changesBefore = context.Db.Audit.Local.Count;
        foreach (var command in commands)
        {
            var line = CommandLine.Parse(command)!;
            if (router.Find(line.Verb) is not { } handler)
                continue;
            var done = await handler.ExecuteAsync(For(context, line, command));
            foreach (var (prefix, spans) in done.Lines())
                _ = prefix.Length > 0 ? reply.Bullet([.. spans]) : reply.Line([.. spans]);
            buttons.AddRange(done.Buttons);
        }
        // Only what was changed is offered back: a refused log ("up to 30 days back") leaves nothing to undo.
        var changes = context.Db.Audit.Local.Count - changesBefore;
        if (changes == 0)
            return reply.Build() with { Buttons = [.. buttons.DistinctBy(b => b.Command).Take(6)] };
        reply.Line(changes == 1 ? "Not what you meant? /undo takes it back." : $"Not what you meant? /undo takes back one change at a time ({changes} here).");
        return reply.Build() with { Buttons = [.. buttons.DistinctBy(b => b.Command).Take(6), new ChatButton("↩️ Undo", "/undo")] };
    }

    /// <summary>Logs of the roadmap's metrics for one day become one /log, keys of one status one command: fewer changes to undo.</summary>
    public static IReadOnlyList<string> Merge(IReadOnlyList<string> actions, IReadOnlySet<string> knownMetrics)
    {
        var groups = new List<Group>();
        foreach (var action in actions)
        {
            var words = action.Split(' ');
            var (id, tail, part) = words switch
            {
                ["/log", var metric, var amount, ..] when words.Length <= 4 && knownMetrics.Contains(metric) =>
                    ("/log " + (words.Length == 4 ? words[3] : ""), words.Length == 4 ? words[3] : "", $"{metric} {amount}"),
                ["/done" or "/doing" or "/todo" or "/skip", var key] => (words[0], "", key),
                _ => ((string?)null, "", (string?)null),
            };
            var group = id is null ? null : groups.FirstOrDefault(g => g.Id == id);
            if (group is null)
                groups.Add(group = new Group(id ?? "", id is null ? action : words[0], tail, []));
            if (part is not null)
                group.Parts.Add(part);
        }
        return groups.Select(g => g.ToString()).ToList();
    }

    private sealed record Group(string Id, string Head, string Tail, List<string> Parts)
    {
        public override string ToString() => string.Join(' ', new[] { Head }.Concat(Parts).Append(Tail).Where(s => s.Length > 0));
    }

    private static CommandContext For(CommandContext context, CommandLine line, string text) => new()
    {
        Db = context.Db, Message = context.Message with { Text = text }, Space = context.Space, Member = context.Member,
        Command = line, Now = context.Now, Zone = context.Zone, Roadmaps = context.Roadmaps, RoadmapStamp = context.RoadmapStamp,
        DefaultTimeZone = context.DefaultTimeZone, DayStart = context.DayStart, FreezesPerMonth = context.FreezesPerMonth,
        CancellationToken = context.CancellationToken, Links = context.Links,
    };
}
