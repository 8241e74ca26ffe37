using RoadmapBot.Core.Commands.Plain;

namespace RoadmapBot.Core.Tests.Commands.Plain;

/// <summary>Single readings against seed 000 (Thu 15 Jan 2026), beside the phrasing sets.</summary>
public sealed class PlainReaderTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);

    [Theory]
    [InlineData("blocked on t13 because airflow keeps crashing", "/blocked t13 airflow keeps crashing")]
    [InlineData("spent an hour and a half on the project", "/log project 1.5")]
    [InlineData("2 hours and a half on the project", "/log project 2.5")]
    [InlineData("did a sql problem", "/log sql 1")]
    [InlineData("made a commit", "/log commits 1")]
    public async Task Reading_IsTheOneExpectedAction(string message, string expected)
    {
        var reading = PlainReader.Read(message, await PhrasingSetTests.Seed000VocabularyAsync(), Today);

        Assert.Equal([expected], reading.Actions.Select(a => a.Command));
        Assert.True(reading.Certain);
    }

    [Fact]
    public async Task ReadingAWord_AsAnAmount_NeedsAMetricAfterIt()
    {
        var reading = PlainReader.Read("read a book", await PhrasingSetTests.Seed000VocabularyAsync(), Today);

        Assert.Empty(reading.Actions);
    }
}
