using Telegram.Bot.Exceptions;

namespace RoadmapBot.Telegram.Tests;

public sealed class TelegramErrorsTests
{
    [Fact]
    public void Describe_CutsTheBotTokenAndAnyLinkTokenTheErrorQuotes()
    {
        var error = new ApiRequestException(
            "Bad Request: inline keyboard button URL 'https://bot.example.org/calendar/7/Yy4xLjAu._i1rbV.ics' is invalid", 400,
            new HttpRequestException("https://api.telegram.org/bot123:SECRET/sendMessage"));

        var line = TelegramErrors.Describe(error, "123:SECRET");

        Assert.Equal("400 Bad Request: inline keyboard button URL 'https://bot.example.org/calendar/7/***.ics' is invalid"
            + " <- HttpRequestException: https://api.telegram.org/bot***/sendMessage", line);
    }
}
