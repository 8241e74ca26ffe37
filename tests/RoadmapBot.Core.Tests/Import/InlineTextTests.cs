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
}
