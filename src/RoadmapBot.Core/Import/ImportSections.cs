using Markdig.Syntax;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>The numbered outline shown to the member: every heading but the title, its role and how many items came from it.</summary>
internal static class ImportSections
{
    public static IReadOnlyList<ImportSection> Of(MarkdownDocument document, HeadingBlock? title,
        IReadOnlyDictionary<HeadingBlock, SectionReading> roles, SourceText source, Roadmap roadmap)
    {
        var headings = document.OfType<HeadingBlock>().Where(h => h != title).ToList();
        if (headings.Count == 0) return [];
        var lines = roadmap.AllItems().Select(i => i.Line).Order().ToArray();
        var sections = new List<ImportSection>(headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var first = source.OriginalLine(heading.Line);
            var next = headings.Skip(i + 1).FirstOrDefault(h => h.Level <= heading.Level);
            var last = next is null ? int.MaxValue : source.OriginalLine(next.Line) - 1;
            var count = lines.Count(l => l >= first && l <= last);
            var reading = roles.TryGetValue(heading, out var r) ? r : new SectionReading(SectionRole.Plan, "plan by default", false);
            sections.Add(new ImportSection(TextPatterns.StripDecoration(InlineText.Of(heading)), first, heading.Level, reading.Role, reading.Reason, count));
        }
        return sections;
    }
}
