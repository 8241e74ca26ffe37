using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Tests.Reminders;

namespace RoadmapBot.Core.Tests.Charts;

public sealed class BoardChartTests
{
    [Fact]
    public async Task Board_FourMembers_DrawsARowEach()
    {
        await using var bot = await GeneratedProgress.StartGroupAsync("ann", "bob", "carol");

        var reply = await bot.ReplyAsync("/board", "bob", GeneratedProgress.Group, group: true);

        // The importing admin, "me", is the fourth.
        PngAssert.Picture(Assert.IsType<ChatFile>(reply.File).Content, ChartStyle.Width, BoardChart.HeightFor(4));
    }

    [Fact]
    public async Task Digest_CarriesTheMembersSideBySide()
    {
        await using var bot = await GeneratedProgress.StartGroupAsync("ann", "bob");

        var reply = await MessageBench.BuildAsync(bot, ReminderKind.Digest, "2026-04-15T09:00", user: null, space: GeneratedProgress.Group);

        Assert.StartsWith("📊 Group digest — Mon 13 Apr – Wed 15 Apr", reply!.ToPlainText());
        var file = Assert.IsType<ChatFile>(reply.File);
        Assert.Equal("digest.png", file.FileName);
        PngAssert.Picture(file.Content, ChartStyle.Width, BoardChart.HeightFor(3));
    }

    [Fact]
    public void Render_MoreMembersThanFit_StopsAtTheMaximum()
    {
        var lines = Enumerable.Range(1, 40).Select(i => new BoardLine($"member {i} with a long name", [new($"{i}", i), new("behind by 3", 0, Warning: true)])).ToList();

        PngAssert.Picture(BoardChart.Render("Leaderboard", ["Done", "Plan"], lines), ChartStyle.Width, BoardChart.HeightFor(BoardChart.MaxRows));
    }

    [Fact]
    public void Render_NoMembers_StillGivesAPicture()
    {
        PngAssert.Picture(BoardChart.Render("Leaderboard", ["Done"], []), ChartStyle.Width, BoardChart.HeightFor(0));
    }
}
