using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Commands;

/// <summary>/done, /doing, /blocked, /todo, /skip: set the member's own status of one or more items.</summary>
public sealed class StatusCommand(ItemStatus status) : IChatCommand
{
    // A range may name up to 200 items: each gets a line up to here, the rest one line together.
    private const int ItemsShown = 20;

    private string Verb => status switch
    {
        ItemStatus.Done => "done", ItemStatus.Doing => "doing", ItemStatus.Blocked => "blocked", ItemStatus.Skipped => "skip", _ => "todo",
    };

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var words = context.Words;
        if (words.Length == 0)
            return Replies.Usage(Verb);
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        // A reason follows a blocked item's key; every other status takes keys only.
        var (keys, reason) = status == ItemStatus.Blocked ? (words[..1], string.Join(' ', words[1..])) : (words, "");
        var lookup = ItemKeys.Resolve(keys, view);
        if (lookup.Error is { } error)
            return ChatReply.Refusal(error);
        if (lookup.Items.Count == 0 && lookup.Unknown.Count == 0)
            return Replies.Usage(Verb);
        var reply = new ReplyBuilder();
        var (changed, after) = await ProgressWriter.SetAsync(context, lookup.Items, row =>
        {
            row.Status = status;
            if (reason.Length > 0)
                row.Notes = $"Blocked: {reason}";
        }, row => row.Status != status || reason.Length > 0);
        foreach (var item in lookup.Items.Take(ItemsShown))
        {
            if (changed.Contains(item))
                reply.Bullet(StatusLines.Item(item, status, context.Today));
            else
                reply.Bullet($"{item.Key} was already {Verb}.");
        }
        if (lookup.Items.Count > ItemsShown)
        {
            var rest = lookup.Items.Skip(ItemsShown).ToList();
            var already = rest.Count(item => !changed.Contains(item));
            reply.Line($"… and {Quantity.Of(rest.Count, "more item")}" + (already == 0 ? "." : $", {already} of them already {Verb}."));
        }
        foreach (var line in ItemKeys.UnknownLines(lookup.Unknown, view))
            reply.Line(line);
        if (changed.Count > 0)
            reply.Line(StatusLines.Summary(ProgressReport.Compute(view, after, context.Today)));
        return reply.Build();
    }
}
