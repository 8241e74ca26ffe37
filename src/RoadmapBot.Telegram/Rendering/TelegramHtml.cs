using System.Text;
using RoadmapBot.Core.Chat;

namespace RoadmapBot.Telegram.Rendering;

/// <summary>A reply as Telegram HTML: every piece of text escaped, one line per paragraph or bullet, split into messages of at most 4096 characters.</summary>
public static class TelegramHtml
{
    public const int MaxMessageLength = 4096;

    // A line longer than a whole message is cut into plain pieces of this many characters.
    private const int LongLinePiece = 4000;

    public static IReadOnlyList<string> Render(ChatReply reply, int maxLength = MaxMessageLength)
    {
        var lines = new List<string>();
        foreach (var (prefix, spans) in reply.Lines())
            AddLine(lines, spans, prefix, maxLength);
        return MessagePacker.Pack(lines, maxLength);
    }

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return text;
        return text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
    }

    private static void AddLine(List<string> lines, IReadOnlyList<Span> spans, string prefix, int maxLength)
    {
        var html = new StringBuilder(Escape(prefix));
        foreach (var span in spans)
            Append(html, span);
        // A span may hold several lines (a pasted note); each one is its own line for splitting, tags closed per span.
        if (html.Length <= maxLength && !spans.Any(s => s.Text.Contains('\n') && s.Style != SpanStyle.None))
        {
            lines.AddRange(html.ToString().Split('\n'));
            return;
        }
        var plain = prefix + string.Concat(spans.Select(s => s.Text));
        foreach (var line in plain.Split('\n'))
            for (var start = 0; start < Math.Max(1, line.Length); start += LongLinePiece)
                lines.Add(Escape(line.Substring(start, Math.Min(LongLinePiece, line.Length - start))));
    }

    private static void Append(StringBuilder html, Span span)
    {
        var text = Escape(span.Text);
        if (span.Style.HasFlag(SpanStyle.Code)) text = $"<code>{text}</code>";
        if (span.Style.HasFlag(SpanStyle.Italic)) text = $"<i>{text}</i>";
        if (span.Style.HasFlag(SpanStyle.Bold)) text = $"<b>{text}</b>";
        if (span.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            text = span.Url == span.Text ? text : $"<a href=\"{Escape(uri.AbsoluteUri)}\">{text}</a>";
        else if (span.Url is { } other && other != span.Text)
            text += " (" + Escape(other) + ")";
        html.Append(text);
    }
}
