using RoadmapBot.Core.Chat;
using RoadmapBot.Telegram.Rendering;

namespace RoadmapBot.Telegram.Tests.Rendering;

public sealed class CallbackDataTests
{
    [Theory]
    [InlineData("/done t5")]
    [InlineData("/log sql 1")]
    [InlineData("/import confirm")]
    public void Decode_AcceptsOurCommands(string data) => Assert.Equal(data, CallbackData.Decode(data));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("done t5")]
    [InlineData("/rm t5")]
    [InlineData("/done@OtherBot t5")]
    [InlineData("/done t5\n/forget me confirm")]
    public void Decode_RejectsAnythingElse(string? data) => Assert.Null(CallbackData.Decode(data));

    [Fact]
    public void Decode_RejectsMoreThan64Bytes() =>
        Assert.Null(CallbackData.Decode("/note t1 " + new string('é', 30)));

    [Fact]
    public void Keyboard_LeavesOutButtonsWhoseCommandDoesNotFitAndPutsThreeInARow()
    {
        var keyboard = TelegramKeyboard.For([
            new ChatButton("a", "/done t1"), new ChatButton("b", "/done t2"), new ChatButton("c", "/done t3"),
            new ChatButton("d", "/done t4"), new ChatButton("too long", "/note t1 " + new string('x', 70)),
        ]);

        Assert.NotNull(keyboard);
        Assert.Equal([3, 1], keyboard.InlineKeyboard.Select(row => row.Count()));
    }

    [Fact]
    public void ReviewPrompt_NumberIsReadBackFromThePromptText()
    {
        var text = ReviewPrompt.Text(new ReviewQuestion(3, "What <shipped>?", null));

        Assert.Equal(3, ReviewPrompt.Number(text));
        Assert.Null(ReviewPrompt.Number("Something else: Review question 3:"));
    }
}
