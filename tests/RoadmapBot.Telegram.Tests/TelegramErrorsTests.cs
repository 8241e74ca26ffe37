using RoadmapBot.Telegram.Tests.Fakes;
using Telegram.Bot;
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

    [Fact]
    public async Task Describe_AnHtmlErrorPage_IsItsHttpStatusNotAJsonError()
    {
        await using var api = await FakeBotApi.StartAsync();
        api.Fail("sendMessage", new FakeFault.BadGateway());
        var bot = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, api.BaseUrl) { RetryThreshold = 0 });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => bot.SendMessage(1, "hi", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("502 Bad Gateway", TelegramErrors.Describe(error, FakeBotApi.Token));
        Assert.True(TelegramErrors.IsTransient(error));
    }

    [Fact]
    public void IsInDoubt_ATimeoutOrALostAnswer_ButNotAnAnswerOrAConnectionNeverMade()
    {
        var timedOut = new RequestException("Bot API Request timed out", new TaskCanceledException("HttpClient.Timeout", new TimeoutException()));
        var lost = new RequestException("Bot API Service Failure", new HttpRequestException(HttpRequestError.ResponseEnded, "ended"));
        var refused = new RequestException("Bot API Service Failure", new HttpRequestException(HttpRequestError.ConnectionError, "refused"));

        Assert.True(TelegramErrors.IsInDoubt(timedOut));
        Assert.True(TelegramErrors.IsInDoubt(lost));
        Assert.False(TelegramErrors.IsInDoubt(refused));
        Assert.False(TelegramErrors.IsInDoubt(new ApiRequestException("Internal Server Error", 500)));
        Assert.True(TelegramErrors.IsTransient(refused));
    }
}
