using RoadmapBot.Core.Chat;
using RoadmapBot.Discord.Interactions;

namespace RoadmapBot.Discord.Tests.Adapter.Interactions;

public sealed class CustomIdsTests
{
    [Fact]
    public void CommandId_RoundTrips() =>
        Assert.Equal(new CustomAction.Command("/log sql 1"), CustomIds.Decode(CustomIds.ForButton(new ChatButton("Log", "/log sql 1"))));

    [Fact]
    public void PersonalCommandId_CarriesWhomItIsFor() =>
        Assert.Equal(new CustomAction.Command("/done t5", "502"), CustomIds.Decode(CustomIds.ForButton(new ChatButton("Done", "/done t5") { For = "502" })));

    [Fact]
    public void ReviewPageId_RoundTrips() =>
        Assert.Equal(new CustomAction.ReviewPage(2), CustomIds.Decode(CustomIds.ForReviewPage(2)));

    [Fact]
    public void CommandLongerThanACustomId_HasNone() =>
        Assert.Null(CustomIds.ForButton(new ChatButton("Note", "/note t1 " + new string('a', 100))));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/done t1")]
    [InlineData("rb:done t1")]
    [InlineData("rb:/unknown")]
    [InlineData("rb:/done t1\r\n")]
    [InlineData("rb:x502/done t1")]
    [InlineData("rb:review:-1")]
    [InlineData("rb:review:99")]
    public void ForeignOrMalformedIds_AreRefused(string? id) => Assert.Null(CustomIds.Decode(id));
}
