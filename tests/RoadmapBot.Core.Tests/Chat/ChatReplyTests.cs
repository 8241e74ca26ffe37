using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Tests.Chat;

public sealed class ChatReplyTests
{
    [Fact]
    public void ToPlainText_RendersLinesBulletsLinksAndButtonsWithoutMarkup()
    {
        var reply = new ReplyBuilder()
            .Line(Span.Bold("Title"), " and ", Span.Code("t1"))
            .Bullet("one")
            .Bullet(Span.Link("docs", "https://example.org"))
            .Line(Span.Italic("end"))
            .Button("Done", "/done t1")
            .Build();

        Assert.Equal("Title and t1\n• one\n• docs (https://example.org)\nend\n[Done: /done t1]", reply.ToPlainText().ReplaceLineEndings("\n"));
        Assert.Equal(SpanStyle.Bold, ((Paragraph)reply.Blocks[0]).Spans[0].Style);
    }

    [Theory]
    [InlineData("@everyone")]
    [InlineData("hi @here")]
    [InlineData("<@123>")]
    public void Span_NeverCarriesAMention(string text)
    {
        var span = new Span(text);

        Assert.DoesNotContain("@e", span.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("@h", span.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("@1", span.Text, StringComparison.Ordinal);
        Assert.Equal(text, span.Text.Replace("\u200B", ""));
    }
}
