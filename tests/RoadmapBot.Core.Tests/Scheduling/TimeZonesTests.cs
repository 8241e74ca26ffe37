using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Tests.Scheduling;

public sealed class TimeZonesTests
{
    [Theory]
    [InlineData("Asia/Tokyo", "Europe/Berlin", "America/New_York", "Asia/Tokyo")]
    [InlineData(null, "Europe/Berlin", "America/New_York", "Europe/Berlin")]
    [InlineData(null, null, "America/New_York", "America/New_York")]
    public void Resolve_TakesTheMembersZone_ThenTheSpaces_ThenTheDefault(string? member, string? space, string fallback, string expected)
    {
        Assert.Equal(expected, TimeZones.Resolve(member, space, fallback).Id);
    }

    [Fact]
    public void Resolve_AZoneThisMachineDoesNotKnow_IsUtc()
    {
        Assert.Equal(TimeZoneInfo.Utc, TimeZones.Resolve("Mars/Olympus", "Europe/Berlin", "UTC"));
    }
}
