using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Tests.Progress;

public sealed class ShowTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    [Fact]
    public void Short_InTodaysYear_LeavesTheYearOut() =>
        Assert.Equal("Sun 28 Feb", Show.Short(new DateOnly(2027, 2, 28), Today));

    [Fact]
    public void Short_OutsideTodaysYear_ShowsTheYear()
    {
        Assert.Equal("Sat 28 Feb 2026", Show.Short(new DateOnly(2026, 2, 28), Today));
        Assert.Equal("Sat 1 Jan 2028", Show.Short(new DateOnly(2028, 1, 1), Today));
    }

    [Theory]
    [InlineData("Database Properties to Create:", "Database Properties to Create:")]
    [InlineData("Implement schema v1 in Postgres.", "Implement schema v1 in Postgres:")]
    [InlineData("Week 2", "Week 2:")]
    public void Label_EndsInOneColon_WhateverTheTitleEndedIn(string title, string label) =>
        Assert.Equal(label, Show.Label(title));
}
