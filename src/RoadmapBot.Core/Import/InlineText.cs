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

    public static string Of(ContainerInline? container) => Collapse(Append(new StringBuilder(), container?.FirstChild, null));

    public static string Of(LeafBlock? block) => Of(block?.Inline);

    /// <summary>Text after a leading bold label ending with a colon; <paramref name="label"/> is null when there is none.</summary>
    public static string SplitLabel(ContainerInline? container, out string? label)
    {
        label = null;
        var first = container?.FirstChild;
        while (first is TaskList || first is LiteralInline { Content.IsEmpty: false } lit && lit.Content.AsSpan().IsWhiteSpace())
            first = first.NextSibling;
        if (first is not EmphasisInline { DelimiterCount: 2 } bold) return Of(container);

        var boldText = Of(bold);
        var rest = Collapse(Append(new StringBuilder(), bold.NextSibling, null));
        if (boldText.EndsWith(':'))
            label = boldText.TrimEnd(':').Trim();
        else if (rest.StartsWith(':'))
        {
            label = boldText;
            rest = rest[1..].TrimStart();
        }
        return label is null ? Join(boldText, rest) : rest;
    }

    /// <summary>The whole line's text from the parts <see cref="SplitLabel"/> returned.</summary>
    public static string Whole(string? label, string value) => label is null ? value : Join(label + ":", value);

    private static string Join(string a, string b) => b.Length == 0 ? a : a.Length == 0 ? b : $"{a} {b}";

    public static IEnumerable<LinkInline> Links(ContainerInline? container) =>
        container is null ? [] : container.Descendants<LinkInline>().Where(l => !l.IsImage && !string.IsNullOrWhiteSpace(l.Url));

    private static StringBuilder Append(StringBuilder sb, Inline? inline, Inline? stopAt)
    {
        for (var i = inline; i is not null && i != stopAt; i = i.NextSibling)
        {
            switch (i)
            {
                case TaskList:
                    break;
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                    sb.Append(Break);
                    break;
                case AutolinkInline auto:
                    sb.Append(auto.Url);
                    break;
                case ContainerInline container:
                    Append(sb, container.FirstChild, null);
                    break;
            }
        }
        return sb;
    }

    /// <summary>Collapses runs of spaces but keeps <see cref="Break"/> markers.</summary>
    private static string Collapse(StringBuilder sb)
    {
        var result = new StringBuilder(sb.Length);
        var pendingSpace = false;
        foreach (var c in sb.ToString())
        {
            if (c == Break)
            {
                result.Append(Break);
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c)) pendingSpace = result.Length > 0 && result[^1] != Break;
            else
            {
                if (pendingSpace) result.Append(' ');
                pendingSpace = false;
                result.Append(c);
            }
        }
        return result.ToString().Trim();
    }
}
