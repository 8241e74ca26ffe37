using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Commands;

/// <summary>/task KEY: one item in full, the member's status, proof and note, with quick status buttons.</summary>
public sealed class TaskCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (context.Words is not [var key])
            return Replies.Usage("task");
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        if (ItemKeys.Find(key, view) is not { } item)
            return ChatReply.Text(ItemKeys.UnknownLine(key, view));
        var progress = await context.LoadProgressAsync(context.Member);
        var status = progress.StatusOf(item);
        var row = progress.RowOf(item);
        var reply = new ReplyBuilder()
            .Line(StatusLines.Item(item, status, context.Today))
            .Bullet($"Status: {status.ToString().ToLowerInvariant()}")
            .Bullet($"Phase: {view.PhaseOf(item)?.Title ?? item.PhaseKey}");
        if (item.Priority is { } priority) reply.Bullet($"Priority: {priority.ToString().ToLowerInvariant()}");
        if (item.Hours is { } hours) reply.Bullet($"Hours: {Show.Number(hours)}");
        if (item.Slot is { } slot) reply.Bullet($"When: {Show.Short(item.DueDate ?? DateOnly.FromDateTime(slot), context.Today)} {slot:HH:mm}" + (item.SlotEnd is { } end ? $"–{end:HH:mm}" : ""));
        if (item.Deliverable is { } deliverable) reply.Bullet($"Deliverable: {deliverable}");
        if (item.Outcome is { } outcome) reply.Bullet($"Outcome: {outcome}");
        if (item.Skills.Count > 0) reply.Bullet($"Skills: {string.Join(", ", item.Skills)}");
        foreach (var link in item.Links.Take(3)) reply.Bullet(Span.Link(link, link));
        if (row?.ProofUrl is { } proof) reply.Bullet("Proof: ", Span.Link(proof, proof));
        if (row?.Notes is { } notes) reply.Bullet("Note: ", Span.Italic(notes));
        return reply
            .Button("Done", $"/done {item.Key}")
            .Button("Doing", $"/doing {item.Key}")
            .Button("Blocked", $"/blocked {item.Key}")
            .Build();
    }
}
