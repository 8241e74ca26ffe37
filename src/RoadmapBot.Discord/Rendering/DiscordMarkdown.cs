using System.Text;
using RoadmapBot.Core.Chat;

namespace RoadmapBot.Discord.Rendering;

/// <summary>
/// A reply as Discord markdown: text escaped, styles per line, one line per paragraph or bullet, packed into messages of at most
/// 2000 characters on line boundaries (a longer line cut between words).
/// </summary>
public static class DiscordMarkdown
{
    public const int MaxMessageLength = 2000;
    private const string ZeroWidthSpace = "\u200B";

    public static IReadOnlyList<string> Render(ChatReply reply, int maxLength = MaxMessageLength)
    {
        var lines = new List<string>();
        foreach (var (prefix, spans) in reply.Lines())
            AddLines(lines, spans, prefix, maxLength);
        return MessagePacker.Pack(lines, maxLength);
    }

    /// <summary>Backslash before every character Discord could read as markdown (a backslash before punctuation always shows the character itself).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(@"\*_~`|>#-[]<") < 0) return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (@"\*_~`|>#-[]<".Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static void AddLines(List<string> lines, IReadOnlyList<Span> spans, string prefix, int maxLength)
    {
        // Styles are closed on every line, so a message may end at any line break.
        var (current, plain) = (new StringBuilder(prefix), new StringBuilder(prefix));
        var styledBefore = false;
        foreach (var span in spans)
        {
            var parts = span.Text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    Flush(lines, current, plain, maxLength);
                    styledBefore = false;
                }
                if (parts[i].Length == 0 && span.Url is null) continue;
                var styled = span.Style != SpanStyle.None;
                // Two styled runs side by side ("**a***b*") would merge; an invisible space keeps them apart.
                if (styled && styledBefore) current.Append(ZeroWidthSpace);
                current.Append(Inline(parts[i], span));
                plain.Append(parts[i]);
                styledBefore = styled;
            }
        }
        Flush(lines, current, plain, maxLength);
    }

    private static string Inline(string text, Span span)
    {
        var body = span.Style.HasFlag(SpanStyle.Code) ? Code(text) : Escape(text);
        if (span.Style.HasFlag(SpanStyle.Italic)) body = $"*{body}*";
        if (span.Style.HasFlag(SpanStyle.Bold)) body = $"**{body}**";
        if (span.Url is not { } url || url == span.Text)
            return body;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"[{body}](<{uri.AbsoluteUri.Replace(">", "%3E").Replace(")", "%29")}>)"
            : $"{body} ({Escape(url)})";
    }

    // Inside a code span nothing is markdown; only a backtick could end it early.
    private static string Code(string text) => text.Length == 0 ? "" : $"`{text.Replace('`', 'ˋ')}`";

    /// <summary>Ends a line; one too long for a message is cut between words into plain escaped pieces (markup cannot span a cut).</summary>
    private static void Flush(List<string> lines, StringBuilder current, StringBuilder plain, int maxLength)
    {
        var (line, text) = (current.ToString(), plain.ToString());
        current.Clear();
        plain.Clear();
        if (line.Length <= maxLength)
        {
            lines.Add(line);
            return;
        }
        lines.AddRange(MessagePacker.Split(text, maxLength, piece => Escape(piece).Length).Select(Escape));
    }
}
