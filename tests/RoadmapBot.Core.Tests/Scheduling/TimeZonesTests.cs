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

    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("berlin", "Europe/Berlin")]
    [InlineData("New York", "America/New_York")]
    [InlineData("new_york", "America/New_York")]
    [InlineData("  SAO PAULO ", "America/Sao_Paulo")]
    [InlineData("Kolkata", "Asia/Kolkata")]
    [InlineData("Buenos Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("São Paulo", "America/Sao_Paulo")]
    [InlineData("Zürich", "Europe/Zurich")]
    [InlineData("Bogotá", "America/Bogota")]
    [InlineData("Kiev", "Europe/Kyiv")]
    [InlineData("Montreal", "America/Toronto")]
    [InlineData("mumbai", "Asia/Kolkata")]
    [InlineData("San  Francisco", "America/Los_Angeles")]
    public void FindTyped_TakesTheIanaNameOrItsCity(string typed, string expected) =>
        Assert.Equal(expected, TimeZones.FindTyped(typed)?.Id);

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("Mars/Olympus")]
    public void FindTyped_SomethingThatIsNoZoneOrCity_IsNull(string typed) =>
        Assert.Null(TimeZones.FindTyped(typed));

    [Theory]
    [InlineData("UTC+2", true)]
    [InlineData("gmt-05:00", true)]
    [InlineData("+5:30", true)]
    [InlineData("UTC", false)]
    [InlineData("Europe/Berlin", false)]
    [InlineData("berlin", false)]
    public void IsOffset_TellsAnOffsetFromAName(string typed, bool offset) =>
        Assert.Equal(offset, TimeZones.IsOffset(typed));
}
