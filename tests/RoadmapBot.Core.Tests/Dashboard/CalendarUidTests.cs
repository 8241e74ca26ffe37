using RoadmapBot.Core.Dashboard;

namespace RoadmapBot.Core.Tests.Dashboard;

public sealed class CalendarUidTests
{
    [Theory]
    [InlineData("https://bot.example.org", "bot.example.org")]
    [InlineData(" https://Bot.Example.org:8443/roadmap/ ", "bot.example.org")]
    [InlineData("https://bücher.example", "xn--bcher-kva.example")]
    [InlineData(null, "roadmapbot")]
    [InlineData("", "roadmapbot")]
    [InlineData("not a url", "roadmapbot")]
    public void DomainOf_IsThePublicHost_OrRoadmapbotWithoutOne(string? publicUrl, string domain) =>
        Assert.Equal(domain, CalendarUid.DomainOf(publicUrl));

    [Fact]
    public void Of_AMintedIdentity_TakesThisInstallsDomain() =>
        Assert.Equal("7-3f2a9c@bot.example.org", CalendarUid.Of(7, "3f2a9c", "bot.example.org"));

    [Fact]
    public void Of_AnIdentityKeptFromTheKey_KeepsTheUidItsSubscriptionsKnow() =>
        Assert.Equal("7-w1.2@roadmapbot", CalendarUid.Of(7, Core.Data.StoredItem.KeyCalendarId("w1.2"), "bot.example.org"));
}
