using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RoadmapBot.Core.Import;

/// <summary>Reads Markdig inlines as the plain text a person sees, and splits off a leading "**Label:**".</summary>
internal static class InlineText
{
    /// <summary>Separator written for an inline <c>&lt;br&gt;</c>, so table cells can be split into tasks.</summary>
    public const char Break = '\n';

    // One builder per thread: the importer reads tens of thousands of lines in a large document.
    [ThreadStatic]
    private static StringBuilder? _buffer;

    public static string Of(ContainerInline? container) => Read(container?.FirstChild);

    public static string Of(LeafBlock? block) => Of(block?.Inline);

    /// <summary>Text after a leading bold label ending with a colon; <paramref name="label"/> is null when there is none.</summary>
    public static string SplitLabel(ContainerInline? container, out string? label)
    {
        label = null;
        var first = container?.FirstChild;
        // A done mark before the label ("- ✅ **Pillar 3:** …", as /export writes it) leaves the label a label.
        while (first is TaskList || first is LiteralInline { Content.IsEmpty: false } lit && (lit.Content.AsSpan().IsWhiteSpace() || IsDoneMark(lit)))
            first = first.NextSibling;
        if (first is not EmphasisInline { DelimiterCount: 2 } bold) return Of(container);

        var boldText = Of(bold);
        var rest = Read(bold.NextSibling);
        if (boldText.EndsWith(':'))
            label = boldText.TrimEnd(':').Trim();
        else if (rest.StartsWith(':'))
        {
            label = boldText;
            rest = rest[1..].TrimStart();
        }
        return label is null ? Join(boldText, rest) : rest;
    }

    private static bool IsDoneMark(LiteralInline literal)
    {
        var text = literal.Content.ToString().Trim().TrimEnd('\uFE0F');
        return text is "✅" or "✔" or "☑";
    }

    /// <summary>The whole line's text from the parts <see cref="SplitLabel"/> returned.</summary>
    public static string Whole(string? label, string value) => label is null ? value : Join(label + ":", value);

    public static IReadOnlyList<LinkInline> Links(ContainerInline? container)
    {
        List<LinkInline>? links = null;
        CollectLinks(container?.FirstChild, ref links);
        return links ?? (IReadOnlyList<LinkInline>)[];
    }

    private static void CollectLinks(Inline? inline, ref List<LinkInline>? links)
    {
        for (var i = inline; i is not null; i = i.NextSibling)
        {
            if (i is LinkInline { IsImage: false, Url: { } url } link && !string.IsNullOrWhiteSpace(url)) (links ??= []).Add(link);
            if (i is ContainerInline container) CollectLinks(container.FirstChild, ref links);
        }
    }

    private static string Join(string a, string b) => b.Length == 0 ? a : a.Length == 0 ? b : $"{a} {b}";

    /// <summary>The text of an inline and its following siblings, runs of spaces collapsed, <see cref="Break"/>s kept.</summary>
    private static string Read(Inline? first)
    {
        var writer = new CollapsingWriter(_buffer ??= new StringBuilder());
        _buffer.Clear();
        Append(ref writer, first);
        return _buffer.ToString();
    }

    private static void Append(ref CollapsingWriter writer, Inline? inline)
    {
        for (var i = inline; i is not null; i = i.NextSibling)
        {
            switch (i)
            {
                case TaskList:
                    break;
                case LiteralInline literal:
                    writer.Write(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    writer.Write(code.Content);
                    break;
                case HtmlEntityInline entity:
                    writer.Write(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    writer.Write(" ");
                    break;
                case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                    writer.Write(Break.ToString());
                    break;
                case AutolinkInline auto:
                    writer.Write(auto.Url);
                    break;
                case ContainerInline container:
                    Append(ref writer, container.FirstChild);
                    break;
            }
        }
    }

    /// <summary>Writes text with whitespace runs collapsed to one space, none at the start, the end, or around a break.</summary>
    private struct CollapsingWriter(StringBuilder sb)
    {
        private bool _pendingSpace;

        public void Write(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (c == Break)
                {
                    sb.Append(Break);
                    _pendingSpace = false;
                }
                else if (char.IsWhiteSpace(c))
                    _pendingSpace = sb.Length > 0 && sb[^1] != Break;
                else
                {
                    if (_pendingSpace) sb.Append(' ');
                    _pendingSpace = false;
                    sb.Append(c);
                }
            }
        }
    }
}
