using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Tests.Chat;

public sealed class QuantityTests
{
    [Theory]
    [InlineData(0, "0 items")]
    [InlineData(1, "1 item")]
    [InlineData(2, "2 items")]
    [InlineData(-1, "-1 items")]
    public void Of_NamesOneInTheSingularAndEveryOtherCountInThePlural(int count, string expected) =>
        Assert.Equal(expected, Quantity.Of(count, "item"));

    [Fact]
    public void Of_TakesAnIrregularPlural() =>
        Assert.Equal(("1 entry", "3 entries"), (Quantity.Of(1, "entry", "entries"), Quantity.Of(3, "entry", "entries")));
}
