using RoadmapBot.Core.Chat;
using RoadmapBot.Telegram.Rendering;

namespace RoadmapBot.Telegram.Tests.Rendering;

public sealed class TelegramHtmlTests
{
    [Fact]
    public void Render_EscapesTextAndKeepsStyles()
    {
        var reply = new ReplyBuilder()
            .Line(Span.Bold("<Week> & co"), " ", Span.Code("a<b"), " ", Span.Italic("\"quoted\""))
            .Bullet(Span.Link("docs", "https://example.com/?a=1&b=<2>"))
            .Build();

        var html = Assert.Single(TelegramHtml.Render(reply));

        Assert.Equal("<b>&lt;Week&gt; &amp; co</b> <code>a&lt;b</code> <i>&quot;quoted&quot;</i>\n" +
            "• <a href=\"https://example.com/?a=1&amp;b=%3C2%3E\">docs</a>", html);
    }

    [Fact]
    public void Render_NonWebLinkIsShownAsTextNotAnAnchor()
    {
        var html = Assert.Single(TelegramHtml.Render(ChatReply.Text(Span.Link("run", "javascript:alert(1)"))));

        Assert.Equal("run (javascript:alert(1))", html);
    }

    [Fact]
    public void Render_LongReplyIsSplitAtLineBoundariesWithinTheLimit()
    {
        var builder = new ReplyBuilder();
        for (var i = 0; i < 300; i++) builder.Bullet(Span.Bold($"item {i}"), " " + new string('x', 30));

        var messages = TelegramHtml.Render(builder.Build());

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.True(m.Length <= TelegramHtml.MaxMessageLength));
        var lines = messages.SelectMany(m => m.Split('\n')).ToList();
        Assert.Equal(300, lines.Count);
        Assert.All(lines, l => Assert.Matches(@"^• <b>item \d+</b> x{30}$", l));
    }

    [Fact]
    public void Render_OneLineLongerThanAMessageIsCutIntoPlainPieces()
    {
        var messages = TelegramHtml.Render(ChatReply.Text(Span.Bold(new string('<', 9000))));

        Assert.All(messages, m => Assert.True(m.Replace("&lt;", "<").Length <= TelegramHtml.MaxMessageLength));
        Assert.Equal(9000, messages.Sum(m => m.Replace("&lt;", "<").Replace("\n", "").Length));
    }

    [Fact]
    public void Render_MentionsInUserTextDoNotPing()
    {
        var html = Assert.Single(TelegramHtml.Render(ChatReply.Text("note: ping @everyone")));

        Assert.DoesNotContain("@everyone", html, StringComparison.Ordinal);
    }
}
