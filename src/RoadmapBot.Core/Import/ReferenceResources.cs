using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>The reference sections (outermost ones; those inside them belong to them) with their list entries and links.</summary>
internal static class ReferenceResources
{
    private const int MaxEntries = 100;

    public static List<RoadmapResource> Of(MarkdownDocument document, IReadOnlyDictionary<HeadingBlock, SectionReading> roles, SourceText source)
    {
        var resources = new List<RoadmapResource>();
        (int Level, List<string> Entries, List<ResourceLink> Links)? open = null;
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                if (open is { } current && heading.Level <= current.Level) open = null;
                if (open is null && roles.TryGetValue(heading, out var role) && role.Role == SectionRole.Reference)
                {
                    open = (heading.Level, [], []);
                    resources.Add(new RoadmapResource(InlineText.TitleOf(heading), source.OriginalLine(heading.Line), open.Value.Entries, open.Value.Links));
                }
                continue;
            }
            if (open is not { } section) continue;
            if (block is ListBlock list)
                section.Entries.AddRange(list.Descendants<ListItemBlock>().Select(li => li.FirstOrDefault()).OfType<ParagraphBlock>()
                    .Select(p => TextPatterns.StripDecoration(InlineText.Of(p))).Where(t => t.Length > 0).Take(MaxEntries - section.Entries.Count));
            foreach (var link in LinksIn(block))
                if (section.Links.Count < MaxEntries) section.Links.Add(link);
        }
        return resources;
    }

    private static IEnumerable<ResourceLink> LinksIn(Block block)
    {
        var links = new List<ResourceLink>();
        Collect(block, links);
        return links;
    }

    private static void Collect(Block block, List<ResourceLink> into)
    {
        if (block is LeafBlock leaf)
        {
            foreach (var link in InlineLinks.Of(leaf.Inline))
                if (!link.Url!.StartsWith('#')) into.Add(new ResourceLink(InlineText.Of(link) is { Length: > 0 } title ? title : link.Url!, link.Url!));
        }
        else if (block is ContainerBlock container)
            foreach (var child in container) Collect(child, into);
    }
}
