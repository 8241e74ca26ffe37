using Markdig;
using Markdig.Syntax;
using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>A snippet parsed as the importer parses it, for the readers that take its blocks one at a time.</summary>
internal static class Blocks
{
    public static (SourceText Source, MarkdownDocument Document) Parse(string markdown)
    {
        var source = new SourceText(markdown.Replace("\r\n", "\n"));
        return (source, Markdown.Parse(source.Text, RoadmapImporter.Pipeline));
    }

    public static (SourceText Source, T Block) First<T>(string markdown) where T : Block
    {
        var (source, document) = Parse(markdown);
        return (source, document.Descendants<T>().First());
    }
}
