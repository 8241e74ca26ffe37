using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Commands;

/// <summary>/help lists every command; /help VERB explains one.</summary>
public sealed class HelpCommand : IChatCommand
{
    public Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (context.Words is [var verb, ..])
        {
            if (CommandCatalog.Find(verb) is not { } info)
            {
                var close = Fuzzy.Closest(verb.TrimStart('/'), CommandCatalog.All.Select(c => c.Verb), 1);
                return Task.FromResult(ChatReply.Refusal($"There is no /{Echo.Cut(verb.TrimStart('/'))} command." + (close is [var c] ? $" Did you mean /{c}?" : " Send /help for the list.")));
            }
            var detail = new ReplyBuilder().Line(Span.Code(info.Usage)).Line(Capitalize(info.Summary) + ".");
            if (info.Example is { } example)
                detail.Line("Example: ", Span.Code(example));
            return Task.FromResult(detail.Build());
        }
        var reply = new ReplyBuilder().Line(Span.Bold("Commands"));
        foreach (var command in CommandCatalog.All)
            reply.Bullet(Span.Code(command.Usage), $" — {command.Summary}");
        reply.Line("Keys are the short codes shown next to items (t5, p1.2); ranges work: /done t1-t4.");
        return Task.FromResult(reply.Build());
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
