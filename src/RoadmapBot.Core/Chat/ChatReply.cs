using System.Text;

namespace RoadmapBot.Core.Chat;

/// <summary>A platform-neutral reply: rich text, optional buttons, an optional file and an optional form.</summary>
public sealed record ChatReply(IReadOnlyList<ReplyBlock> Blocks)
{
    public IReadOnlyList<ChatButton> Buttons { get; init; } = [];
    public ChatFile? File { get; init; }
    public ReviewForm? Form { get; init; }

    /// <summary>A short notice only for whoever pressed a button; the message with the button stays as it is.</summary>
    public bool Toast { get; init; }

    /// <summary>
    /// A refusal or error meant for the asker alone (not allowed, not understood, too long, failed): a platform that can answer
    /// one member privately in a group (Discord's ephemeral answers) does so; elsewhere it is an ordinary reply.
    /// </summary>
    public bool ForAsker { get; init; }

    public static ChatReply Text(params Span[] spans) => new([new Paragraph(spans)]);

    /// <summary>A one-line refusal or error, <see cref="ForAsker"/>.</summary>
    public static ChatReply Refusal(params Span[] spans) => Text(spans) with { ForAsker = true };

    /// <summary>The reply with every button that is anyone's made for <paramref name="userId"/> alone.</summary>
    public ChatReply MadeFor(string userId) =>
        Buttons.Count == 0 ? this : this with { Buttons = [.. Buttons.Select(b => b.For is null ? b with { For = userId } : b)] };

    /// <summary>The reply line by line, as every renderer walks it: a paragraph, or one bullet with its "• " prefix.</summary>
    public IEnumerable<(string Prefix, IReadOnlyList<Span> Spans)> Lines() => Blocks.SelectMany(block => block switch
    {
        Paragraph p => [("", p.Spans)],
        BulletList list => list.Items.Select(item => ("• ", item)),
        _ => Enumerable.Empty<(string, IReadOnlyList<Span>)>(),
    });

    public string ToPlainText()
    {
        var text = new StringBuilder();
        foreach (var (prefix, spans) in Lines())
            text.Append(prefix).AppendLine(Plain(spans));
        if (Buttons.Count > 0)
            text.AppendLine(string.Join("  ", Buttons.Select(b => $"[{b.Label}: {b.Url ?? b.Command}]")));
        return text.ToString().TrimEnd();
    }

    private static string Plain(IReadOnlyList<Span> spans) =>
        string.Concat(spans.Select(s => s.Url is null || s.Url == s.Text ? s.Text : $"{s.Text} ({s.Url})"));
}

/// <summary>A quick action: pressing it sends <see cref="Command"/> as a message from the member.</summary>
public sealed record ChatButton(string Label, string Command)
{
    /// <summary>The user id of the only member this button acts for; null when anyone may press it.</summary>
    public string? For { get; init; }

    /// <summary>A link button: opens this web address instead of sending a command.</summary>
    public string? Url { get; init; }

    /// <summary>Opens the member's private chat with the bot and sends <see cref="Command"/> there (where the platform can).</summary>
    public bool OpensPrivateChat { get; init; }

    /// <summary>A button that sends its command here when pressed (not a link, not a jump to the private chat).</summary>
    public bool SendsCommand => Url is null && !OpensPrivateChat;
}

public sealed record ChatFile(string FileName, byte[] Content);
