using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class DurationsTests
{
    [Theory]
    [InlineData("Batch processing (1 week)", 7)]
    [InlineData("Streaming (2-3 weeks)", 21)]
    [InlineData("Phase 1: Core Foundations (12–16 weeks)", 112)]
    [InlineData("3 semanas", 21)]
    [InlineData("Phase 2 (Weeks 5-10): dbt", 42)]
    [InlineData("6 months", 180)]
    [InlineData("10 days", 10)]
    public void Days_AsPeopleWriteThem(string text, int days) => Assert.Equal(days, Durations.Days(text));

    [Theory]
    [InlineData("Python Fundamentals")]
    [InlineData("~10h")]
    [InlineData("Read chapter 2")]
    public void Days_NoneWhenNoDurationIsWritten(string text) => Assert.Null(Durations.Days(text));

    [Theory]
    [InlineData("~10h", 10.0)]
    [InlineData("12 hours", 12.0)]
    public void Hours_WrittenAsADuration(string text, double hours) => Assert.Equal(hours, Durations.Hours(text));

    [Fact]
    public void Hours_NotARate() => Assert.Null(Durations.Hours("6-10 hours/week"));

    [Theory]
    [InlineData("Month 3: Projects", 30)]
    [InlineData("Deployment (Month 12)", 30)]
    public void OfNumberedMonth_OpeningTheHeadingOrInItsBrackets(string heading, int days) => Assert.Equal(days, Durations.OfNumberedMonth(heading));

    [Fact]
    public void OfNumberedMonth_NotAMonthNamedInTheText() => Assert.Null(Durations.OfNumberedMonth("Review what you did last month 3 times"));
}
