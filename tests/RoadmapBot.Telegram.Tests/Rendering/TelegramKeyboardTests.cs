using RoadmapBot.Core.Chat;
using RoadmapBot.Telegram.Rendering;

namespace RoadmapBot.Telegram.Tests.Rendering;

public sealed class TelegramKeyboardTests
{
    [Fact]
    public void LinkButton_OpensItsUrl_AndThePrivateChatButton_IsADeepLinkThatStartsTheCommand()
    {
        var buttons = new[]
        {
            new ChatButton("Open the dashboard", "/dashboard") { Url = "https://bot.example.org/dashboard/1/x.y/" },
            new ChatButton("Open the private chat", "/dashboard") { OpensPrivateChat = true },
            new ChatButton("Today", "/today"),
        };

        var row = Assert.Single(TelegramKeyboard.For(buttons, "RoadmapTestBot")!.InlineKeyboard).ToList();

        Assert.Equal("https://bot.example.org/dashboard/1/x.y/", row[0].Url);
        Assert.Null(row[0].CallbackData);
        Assert.Equal("https://t.me/RoadmapTestBot?start=dashboard", row[1].Url);
        Assert.Equal("/today", row[2].CallbackData);
    }

    [Fact]
    public void PrivateChatButton_WithoutTheBotsName_IsLeftOut()
    {
        var keyboard = TelegramKeyboard.For([new ChatButton("Open the private chat", "/dashboard") { OpensPrivateChat = true }]);

        Assert.Null(keyboard);
    }

    [Theory]
    [InlineData("/start dashboard_-1001234567890", "dashboard_-1001234567890")]
    [InlineData("/dashboard", "dashboard")]
    [InlineData("/start calendar_group with spaces", "calendar")]                                    // not a payload Telegram takes
    [InlineData("/start dashboard_0123456789012345678901234567890123456789012345678901234567890123456789", "dashboard")]  // over 64
    public void PrivateChatButton_CarriesTheStartArgument_WhenTelegramTakesIt(string command, string payload)
    {
        var keyboard = TelegramKeyboard.For([new ChatButton("Open the private chat", command) { OpensPrivateChat = true }], "RoadmapTestBot");

        Assert.Equal($"https://t.me/RoadmapTestBot?start={payload}", keyboard!.InlineKeyboard.Single().Single().Url);
    }
}
