using RoadmapBot.Core.Chat;
using RoadmapBot.Discord.Rendering;

namespace RoadmapBot.Discord.Tests.Adapter.Rendering;

public sealed class DiscordMarkdownTests
{
    [Fact]
    public void Styles_BecomeDiscordMarkdown_AndUserTextIsEscaped()
    {
        var reply = new ReplyBuilder()
            .Line(Span.Bold("Today"), " ", Span.Italic("is *great*"), " ", Span.Code("t_1"))
            .Bullet("a | b > c ~~d~~ <@123> [x](y)")
            .Line(Span.Link("the docs", "https://example.org/a)b"))
            .Build();

        var text = Assert.Single(DiscordMarkdown.Render(reply));

        Assert.Equal(
            "**Today** *is \\*great\\** `t_1`\n" +
            "• a \\| b \\> c \\~\\~d\\~\\~ \\<@\u200B123\\> \\[x\\](y)\n" +
            "[the docs](<https://example.org/a%29b>)", text);
    }

    [Fact]
    public void AdjacentStyledRuns_AreKeptApart()
    {
        var text = Assert.Single(DiscordMarkdown.Render(ChatReply.Text(Span.Bold("a"), Span.Italic("b"))));

        Assert.Equal("**a**\u200B*b*", text);
    }

    [Fact]
    public void BacktickInCode_CannotEndTheCodeSpan()
    {
        var text = Assert.Single(DiscordMarkdown.Render(ChatReply.Text(Span.Code("a`b"))));

        Assert.Equal("`aˋb`", text);
    }

    [Fact]
    public void Everyone_InUserText_NeverReadsAsAMention()
    {
        var text = Assert.Single(DiscordMarkdown.Render(ChatReply.Text(Span.Italic("@everyone and @here"))));

        // Ordinal: the default comparison ignores the zero-width space that defuses them.
        Assert.DoesNotContain("@everyone", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LongReply_IsSplitAt2000OnLineBoundaries()
    {
        var reply = new ReplyBuilder();
        for (var i = 0; i < 200; i++) reply.Bullet($"item {i:000} with a few words to fill the line");

        var parts = DiscordMarkdown.Render(reply.Build());

        Assert.True(parts.Count >= 4);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        var lines = parts.SelectMany(p => p.Split('\n')).ToList();
        Assert.Equal(200, lines.Count);
        Assert.All(lines, l => Assert.Matches(@"^• item \d{3} with a few words to fill the line$", l));
    }

    [Fact]
    public void LineLongerThanAMessage_IsCutIntoEscapedPieces()
    {
        var parts = DiscordMarkdown.Render(ChatReply.Text(Span.Italic(string.Concat(Enumerable.Repeat("*_", 3000)))));

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.Equal(6000, parts.Sum(p => p.Replace("\n", "").Replace("\\", "").Length));
    }

    [Fact]
    public void LineLongerThanAMessage_IsCutBetweenWords_IntoAsFewMessagesAsFit()
    {
        var words = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"Asia/Kolkata{i:000}"));

        var parts = DiscordMarkdown.Render(ChatReply.Text(words));

        Assert.Equal(4, parts.Count);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.All(parts.SkipLast(1), p => Assert.True(p.Length > 1900, $"a part of {p.Length} characters"));
        Assert.All(parts.SelectMany(p => p.Split('\n', ' ')), w => Assert.Matches(@"^Asia/Kolkata\d{3}$", w));
    }

    [Fact]
    public void MultiLineStyledSpan_ClosesItsStyleOnEveryLine()
    {
        var text = Assert.Single(DiscordMarkdown.Render(ChatReply.Text("Note: ", Span.Italic("line one\nline two"))));

        Assert.Equal("Note: *line one*\n*line two*", text);
    }
}
