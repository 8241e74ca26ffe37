using Markdig.Syntax;
using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class InlineTextTests
{
    [Fact]
    public void WhiteSpace_IsEveryCharTheRuntimeCallsWhiteSpace()
    {
        var runtime = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace);
        Assert.Equal(runtime.Order(), InlineText.WhiteSpace.Order());
    }

    [Theory]
    [InlineData("Study  and\tpractise", "Study and practise")]
    [InlineData("Study\u00A0\u3000and\u2003practise", "Study and practise")]
    [InlineData("**Task:**   Learn `two  spaces` and *more*  ", "Task: Learn two spaces and more")]
    [InlineData("a <br> b<br/>c", "a\nb\nc")]
    [InlineData("plain words, one space each", "plain words, one space each")]
    [InlineData("word *emphasis* word", "word emphasis word")]
    public void Of_CollapsesEveryRunOfWhiteSpace_AndKeepsBreaks(string markdown, string text)
    {
        var (_, paragraph) = Blocks.First<ParagraphBlock>(markdown);
        Assert.Equal(text, InlineText.Of(paragraph));
    }

    [Fact]
    public void SplitLabel_GivesTheLabelAndValue_AndOneStringForALabelSeenBefore()
    {
        var (_, document) = Blocks.Parse("- **Priority:** 🔴 HIGH\n- **Priority :** low\n- **Hours**: 40\n- **Bold** text\n");
        var entries = document.Descendants<ParagraphBlock>().ToList();
        var read = entries.Select(p => (Value: InlineText.SplitLabel(p, out var label), Label: label)).ToList();

        Assert.Equal([("🔴 HIGH", "Priority"), ("low", "Priority"), ("40", "Hours"), ("Bold text", null)], read.Select(r => (r.Value, r.Label)));
        Assert.Same(read[0].Label, read[1].Label);
    }
}
