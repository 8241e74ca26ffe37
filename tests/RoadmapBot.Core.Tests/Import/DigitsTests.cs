using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class DigitsTests
{
    [Theory]
    [InlineData("Phase 1 (Jan 2026 – Mar 2026)", true)]
    [InlineData("Due 2026-01-05", true)]
    [InlineData("Phase ٢ (Jan ٢٠٢٦)", true)]
    [InlineData("学习 ２０２６", true)]
    [InlineData("Task 12: Learn topic 345", false)]
    [InlineData("20 26", false)]
    [InlineData("1/2/3", false)]
    [InlineData("", false)]
    public void AnyYear_IsTrueOnlyForFourDigitsInARow_OfAnyScript(string text, bool expected) =>
        Assert.Equal(expected, Digits.AnyYear(text));

    [Fact]
    public void FindDate_InTextWithoutFourDigitsInARow_IsNone_AndWithThemIsRead()
    {
        Assert.Null(TextPatterns.FindDate("Week 3, day 12: Sep 5"));
        Assert.Equal(new DateOnly(2025, 9, 5), TextPatterns.FindDate("Week 3, day 12: Sep 5, 2025"));
    }
}
