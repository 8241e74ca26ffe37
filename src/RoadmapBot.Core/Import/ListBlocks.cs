using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RoadmapBot.Core.Import;

/// <summary>What a Markdown list holds, asked the same way by every reader.</summary>
internal static class ListBlocks
{
    /// <summary>Each entry's first paragraph (an entry that starts with a sub-list has none).</summary>
    public static IEnumerable<ParagraphBlock> Entries(ListBlock list) =>
        list.OfType<ListItemBlock>().Select(li => li.FirstOrDefault() as ParagraphBlock).OfType<ParagraphBlock>();

    /// <summary>Each entry's text without decoration, empty ones dropped.</summary>
    public static List<string> Texts(ListBlock list) =>
        Entries(list).Select(p => TextPatterns.StripDecoration(InlineText.Of(p))).Where(t => t.Length > 0).ToList();

    /// <summary>True when an entry, or an entry of a sub-list, is a checkbox.</summary>
    public static bool HasCheckbox(ListBlock list) =>
        list.OfType<ListItemBlock>().Any(li =>
            li.FirstOrDefault() is ParagraphBlock { Inline.FirstChild: TaskList or LiteralInline } entry && IsBox(entry) || li.OfType<ListBlock>().Any(HasCheckbox));

    /// <summary>An entry opening with a checkbox (one of a theme's too: [/], [-], [>]…), or with a Logseq marker (DONE, TODO, NOW…) that plays the same part.</summary>
    public static bool IsBox(ParagraphBlock entry) =>
        entry.Inline?.FirstChild is TaskList || entry.Inline?.FirstChild is LiteralInline first
        && (OutlinerFields.OpensWithMarker(first.Content.AsSpan()) || first.Content.CurrentChar == '[' && StatusMarks.OpensWithCustomBox(InlineText.Of(entry)));

    /// <summary>Every entry is a "label: value" fact ("Setup: one laptop"), with no box, number or date.</summary>
    public static bool IsFacts(ListBlock list) =>
        list.Count > 0 && list.OfType<ListItemBlock>().All(li => li.FirstOrDefault() is ParagraphBlock { Inline.FirstChild: not TaskList } entry
            && InlineText.Of(entry) is var text && text.IndexOf(':') is > 0 and <= 30 && text.IndexOf(':') < text.Length - 2
            && !text.AsSpan(0, text.IndexOf(':')).ContainsAnyInRange('0', '9'));

    /// <summary>Every entry is only a link to a heading of this document.</summary>
    public static bool IsTableOfContents(ListBlock list)
    {
        // Asked of every list a plan section reads: a plain loop, no enumerators.
        if (list.Count == 0) return false;
        foreach (var block in list)
            if (block is ListItemBlock { Count: > 0 } entry && entry[0] is ParagraphBlock { Inline.FirstChild: LinkInline { Url: ['#', ..], NextSibling: null } })
                continue;
            else if (block is ListItemBlock) return false;
        return true;
    }
}
