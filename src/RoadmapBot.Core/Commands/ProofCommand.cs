using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Commands;

/// <summary>/proof KEY URL: a link that shows the item was really done.</summary>
public sealed class ProofCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var words = context.Words;
        if (words.Length != 2)
            return Replies.Usage("proof");
        if (!Uri.TryCreate(words[1], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || words[1].Length > 500)
            return ChatReply.Refusal($"{Echo.Quote(words[1])} is not a web link; send one starting with https://, e.g. /proof {words[0]} https://github.com/me/project.");
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        if (ItemKeys.Find(words[0], view) is not { } item)
            return ChatReply.Refusal(ItemKeys.UnknownLine(words[0], view));
        await ProgressWriter.SetAsync(context, [item], row => row.ProofUrl = url.ToString(), row => row.ProofUrl != url.ToString());
        return ChatReply.Text("Proof saved for ", Span.Code(item.Key), $" {item.Title}: ", Span.Link(url.ToString(), url.ToString()));
    }
}
