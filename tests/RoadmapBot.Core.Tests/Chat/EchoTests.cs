using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Tests.Chat;

public sealed class EchoTests
{
    [Fact]
    public void Quote_ShortInput_IsQuotedWhole() => Assert.Equal("“Mars/Base”", Echo.Quote("Mars/Base"));

    [Fact]
    public void Cut_LongInput_KeepsAtMostTheLimit_WithAnEllipsis()
    {
        var cut = Echo.Cut(string.Concat(Enumerable.Repeat("@here/<@&1>", 200)));

        Assert.True(cut.Length <= Echo.MaxLength, cut);
        Assert.EndsWith("…", cut);
    }

    [Fact]
    public void Cut_NeverSplitsAnEmojiOrAnAccentedLetter()
    {
        var emoji = Echo.Cut(string.Concat(Enumerable.Repeat("😀", 100)));
        var accents = Echo.Cut(string.Concat(Enumerable.Repeat("u\u0308", 100)));

        Assert.Equal(string.Concat(Enumerable.Repeat("😀", (Echo.MaxLength - 1) / 2)) + "…", emoji);
        Assert.Equal(string.Concat(Enumerable.Repeat("u\u0308", (Echo.MaxLength - 1) / 2)) + "…", accents);
    }
}
