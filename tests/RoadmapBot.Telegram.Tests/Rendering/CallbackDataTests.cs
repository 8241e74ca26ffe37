using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Telegram.Rendering;

namespace RoadmapBot.Telegram.Tests.Rendering;

public sealed class CallbackDataTests
{
    [Theory]
    [InlineData("/done t5")]
    [InlineData("/log sql 1")]
    [InlineData("/import confirm")]
    public void Decode_AcceptsOurCommands(string data) => Assert.Equal(new ButtonPress(data, null), CallbackData.Decode(data));

    [Fact]
    public void PersonalButton_CarriesWhomItIsForAndRoundTrips()
    {
        var data = CallbackData.Encode(new ChatButton("✅ t5", "/done t5") { For = "202" });

        Assert.Equal("202/done t5", data);
        Assert.Equal(new ButtonPress("/done t5", "202"), CallbackData.Decode(data));
        Assert.Null(CallbackData.Encode(new ChatButton("x", "/done t5") { For = "ann" }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("done t5")]
    [InlineData("/rm t5")]
    [InlineData("/done@OtherBot t5")]
    [InlineData("/done t5\n/forget me confirm")]
    [InlineData("12a/done t5")]
    [InlineData("202 /done t5")]
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
