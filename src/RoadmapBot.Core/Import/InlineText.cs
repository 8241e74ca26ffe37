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

    // Each reader (roles, outline, lists, rhythm, resources) asks for a block's text, several times each: read once, kept on the block.
    private static readonly object TextKey = new(), TitleKey = new();

    public static string Of(LeafBlock? block) =>
        block is null ? "" : block.GetData(TextKey) as string ?? Keep(block, TextKey, Of(block.Inline));

    /// <summary>The block's text without keeping it on the block: valid until the next read (it may lie in the thread's buffer).</summary>
    public static ReadOnlySpan<char> Peek(LeafBlock block) => block.GetData(TextKey) as string ?? ReadInPlace(block.Inline?.FirstChild);

    /// <summary>The block's text without leading decoration (<see cref="TextPatterns.StripDecoration"/>).</summary>
    public static string TitleOf(LeafBlock block)
    {
        if (block.GetData(TitleKey) is string kept) return kept;
        var text = Of(block);
        var title = TextPatterns.StripDecoration(text);
        // Most titles are the text itself (no decoration to strip, found in one look): kept only when they differ, as a
        // third entry on a heading grows its data table (0.35 MB over the 1 MB roadmap's 4,000 headings, issue 14).
        return ReferenceEquals(title, text) ? title : Keep(block, TitleKey, title);
    }

    private static string Keep(LeafBlock block, object key, string text)
    {
        block.SetData(key, text);
        return text;
    }

    /// <summary>Text after a leading bold label ending with a colon; <paramref name="label"/> is null when there is none.</summary>
    public static string SplitLabel(LeafBlock block, out string? label)
    {
        label = null;
        var container = block.Inline;
        var first = container?.FirstChild;
        // A done mark before the label ("- ✅ **Pillar 3:** …", as /export writes it) leaves the label a label.
        while (first is TaskList || first is LiteralInline { Content.IsEmpty: false } lit && (lit.Content.AsSpan().IsWhiteSpace() || IsDoneMark(lit)))
            first = first.NextSibling;
        if (first is not EmphasisInline { DelimiterCount: 2 } bold) return Of(block);

        // The bold text is read in place: a label ("Priority:") is usually one already seen, so it costs no new string.
        var boldSpan = ReadInPlace(bold.FirstChild);
        string? boldText = null;
        if (boldSpan.EndsWith(':')) label = Labels.Of(boldSpan.TrimEnd(':').Trim());
        else boldText = boldSpan.ToString();
        var rest = Read(bold.NextSibling);
        if (boldText is not null && rest.StartsWith(':'))
        {
            label = boldText;
            rest = rest[1..].TrimStart();
        }
        return label is null ? Join(boldText!, rest) : rest;
    }

    private static bool IsDoneMark(LiteralInline literal) => literal.Content.AsSpan().Trim().TrimEnd('\uFE0F') is "✅" or "✔" or "☑";

    /// <summary>The whole line's text from the parts <see cref="SplitLabel"/> returned.</summary>
    public static string Whole(string? label, string value) =>
        label is null ? value : value.Length == 0 ? label + ":" : string.Concat(label, ": ", value);

    private static string Join(string a, string b) => b.Length == 0 ? a : a.Length == 0 ? b : $"{a} {b}";

    /// <summary>The text of an inline and its following siblings, runs of spaces collapsed, <see cref="Break"/>s kept.</summary>
    private static string Read(Inline? first) => ReadInPlace(first).ToString();

    /// <summary>As <see cref="Read"/>, but the text stays in the thread's buffer: valid until the next read.</summary>
    private static ReadOnlySpan<char> ReadInPlace(Inline? first)
    {
        // Most runs read (a label, a value, a heading) are one literal of words and single spaces: read where it lies.
        if (first is LiteralInline { NextSibling: null } only && CollapsingWriter.Plain(only.Content.AsSpan()) is { IsEmpty: false } plain)
            return plain;
        var buffer = _buffer ??= new StringBuilder();
        buffer.Clear();
        var writer = new CollapsingWriter(buffer);
        Append(ref writer, first);
        foreach (var chunk in buffer.GetChunks())
            if (chunk.Length == buffer.Length) return chunk.Span;
        return buffer.ToString();
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

    // Every character char.IsWhiteSpace accepts, and the break (one of them): Unicode's White_Space set, written out rather
    // than found by testing all 65,536 chars on the import's first run.
    internal const string WhiteSpace =
        " \t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    private static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create(WhiteSpace);
    private static readonly System.Buffers.SearchValues<char> SpacesButThePlainOne = System.Buffers.SearchValues.Create(WhiteSpace.AsSpan(1));

    /// <summary>Writes text with whitespace runs collapsed to one space, none at the start, the end, or around a break.</summary>
    private struct CollapsingWriter(StringBuilder sb)
    {
        private bool _pendingSpace;

        /// <summary>The text without its edges' spaces when it is only words and single spaces; else empty.</summary>
        public static ReadOnlySpan<char> Plain(ReadOnlySpan<char> text)
        {
            var inner = text.Trim(' ');
            return inner.ContainsAny(SpacesButThePlainOne) || inner.Contains("  ", StringComparison.Ordinal) ? default : inner;
        }

        public void Write(ReadOnlySpan<char> text)
        {
            // Most text is words and single spaces: it goes in whole, with its edges' spaces kept pending.
            var inner = Plain(text);
            if (!inner.IsEmpty)
            {
                if (text[0] == ' ') MarkSpace();
                AppendWords(inner);
                if (text[^1] == ' ') MarkSpace();
                return;
            }
            while (!text.IsEmpty)
            {
                var run = text.IndexOfAny(Spaces);
                if (run != 0)
                {
                    AppendWords(run < 0 ? text : text[..run]);
                    if (run < 0) return;
                    text = text[run..];
                }
                if (text[0] == Break)
                {
                    sb.Append(Break);
                    _pendingSpace = false;
                }
                else
                    MarkSpace();
                text = text[1..];
            }
        }

        private void AppendWords(ReadOnlySpan<char> words)
        {
            if (_pendingSpace) sb.Append(' ');
            _pendingSpace = false;
            sb.Append(words);
        }

        private void MarkSpace() => _pendingSpace = sb.Length > 0 && sb[^1] != Break;
    }
}
