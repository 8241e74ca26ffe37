using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Tests.Chat;

public sealed class MessagePackerTests
{
    [Fact]
    public void Split_CutsOnlyBetweenWords_AndFillsEachPiece()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"word{i:00}"));

        var pieces = MessagePacker.Split(text, 50, s => s.Length);

        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 50));
        Assert.All(pieces.SkipLast(1), p => Assert.True(p.Length >= 44, p));
        Assert.Equal(text, string.Join(' ', pieces));
    }

    [Fact]
    public void Split_MeasuresTheRenderedLength_NotThePlainOne()
    {
        var pieces = MessagePacker.Split("a*b a*b a*b a*b", 8, s => s.Replace("*", "\\*").Length);

        Assert.Equal(["a*b", "a*b", "a*b", "a*b"], pieces);
    }

    [Fact]
    public void Split_AWordLongerThanAPiece_IsCutBetweenCharacters_NeverInsideAnEmoji()
    {
        var pieces = MessagePacker.Split(string.Concat(Enumerable.Repeat("😀", 30)), 7, s => s.Length);

        Assert.All(pieces, p => Assert.Equal(6, p.Length));
        Assert.Equal(10, pieces.Count);
    }

    [Fact]
    public void Pack_FillsMessagesUpToTheLimit_WithoutSplittingALine()
    {
        var messages = MessagePacker.Pack(Enumerable.Repeat("123456789", 10), 20);

        Assert.Equal(5, messages.Count);
        Assert.All(messages, m => Assert.Equal("123456789\n123456789", m));
    }
}
