using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace RoadmapBot.Core.Import;

/// <summary>Which headings' sections (with their subsections) hold something items could come from: a list, or a table with a title column.</summary>
internal static class SectionContent
{
    public static HashSet<HeadingBlock> Holding(MarkdownDocument document)
    {
        var holding = new HashSet<HeadingBlock>(SameObject.Comparer);
        var open = new List<HeadingBlock>();
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                open.RemoveAll(h => h.Level >= heading.Level);
                open.Add(heading);
            }
            else if (block is ListBlock || block is Table table && TableCells.HasTitleColumn(table))
            {
                // Every open heading holds it; those already marked had their parents marked with them.
                for (var i = open.Count - 1; i >= 0 && holding.Add(open[i]); i--) { }
            }
        }
        return holding;
    }
}
