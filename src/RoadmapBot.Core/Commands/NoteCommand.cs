using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>/note KEY text: the member's own note on an item (replaces the previous one).</summary>
public sealed class NoteCommand : IChatCommand
{
    private const int MaxLength = 1000;

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var words = context.Words;
        if (words.Length < 2)
            return Replies.Usage("note");
        var text = context.Arguments[words[0].Length..].Trim();
        if (text.Length > MaxLength)
            return ChatReply.Refusal($"Notes are limited to {MaxLength:N0} characters; yours has {text.Length:N0}.");
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        if (ItemKeys.Find(words[0], view) is not { } item)
            return ChatReply.Refusal(ItemKeys.UnknownLine(words[0], view));
        await ProgressWriter.SetAsync(context, [item], row => row.Notes = text, row => row.Notes != text);
        return ChatReply.Text("Note saved on ", Span.Code(item.Key), $" {Show.Label(item.Title)} ", Span.Italic(text));
    }
}
