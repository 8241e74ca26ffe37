using RoadmapBot.Discord.Rendering;

namespace RoadmapBot.Discord.Tests.Adapter.Rendering;

public sealed class VisibilityTests
{
    [Theory]
    [InlineData("done")]
    [InlineData("log")]
    [InlineData("progress")]
    [InlineData("board")]
    public void AccountabilityUpdates_ArePublic(string verb) => Assert.True(Visibility.IsPublic(verb));

    [Theory]
    [InlineData("help")]
    [InlineData("today")]
    [InlineData("task")]
    [InlineData("tasks")]
    [InlineData("remind")]
    [InlineData("review")]
    [InlineData("forget")]
    [InlineData("some-verb-added-later")]
    public void PersonalAnswers_AreOnlyForTheAsker(string verb) => Assert.False(Visibility.IsPublic(verb));
}
