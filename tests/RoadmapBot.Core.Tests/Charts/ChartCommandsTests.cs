using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Tests.Charts;

public sealed class ChartCommandsTests
{
    [Theory]
    [InlineData("/progress", "progress.png", "At this pace you finish on")]
    [InlineData("/streak", "streak.png", "All habits met on")]
    [InlineData("/board", "board.png", "1. ann — 26/72 (36%)")]
    [InlineData("/week", "week.png", "Week of Mon 13 Apr")]
    public async Task ChartCommand_InAGroupOnSeed000_RepliesWithAPictureAndItsText(string command, string fileName, string text)
    {
        await using var bot = await GeneratedProgress.StartGroupAsync("ann", "bob", "carol");

        var reply = await bot.ReplyAsync(command, "ann", GeneratedProgress.Group, group: true);

        Assert.Contains(text, reply.ToPlainText());
        var file = Assert.IsType<ChatFile>(reply.File);
        Assert.Equal(fileName, file.FileName);
        Assert.True(PngAssert.Colours(file.Content) >= 20);
    }

    [Fact]
    public async Task ChartCommand_SameDataTwice_GivesTheSameBytes()
    {
        await using var bot = await GeneratedProgress.StartAsync();

        foreach (var command in new[] { "/progress", "/streak", "/board", "/week" })
            Assert.Equal((await bot.ReplyAsync(command)).File!.Content, (await bot.ReplyAsync(command)).File!.Content);
    }
}
