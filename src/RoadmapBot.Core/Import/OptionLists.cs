using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace RoadmapBot.Core.Import;

/// <summary>"Not sure what to build? Try one of the following:" then a list: ideas to choose from, not sub-tasks.</summary>
internal static partial class OptionLists
{
    /// <summary>The lists nested in an entry, without those offered as options by the paragraph just above them.</summary>
    public static IEnumerable<ListBlock> SubLists(ListItemBlock entry) =>
        entry.Count < 2 ? [] : NestedLists(entry);  // most entries hold one paragraph: no iterator for them

    private static IEnumerable<ListBlock> NestedLists(ListItemBlock entry)
    {
        Block? previous = null;
        foreach (var block in entry)
        {
            if (block is ListBlock list && !(previous is ParagraphBlock intro && OffersOptions(InlineText.Of(intro)))) yield return list;
            previous = block;
        }
    }

    public static bool OffersOptions(string text) => Options().IsMatch(text);

    [GeneratedRegex(@"\b(?:(?:one|any|some) of the following|ideas|options|for (?:example|instance|inspiration)|such as|pick one|choose one|uno de los siguientes|ideias|ideen|idées|идеи)\b|\be\.g\.|\bnot sure\b|想法|例如", RegexOptions.IgnoreCase)]
    private static partial Regex Options();
}
