using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RoadmapBot.Telegram.Tests;

public sealed class TelegramOptionsTests
{
    [Fact]
    public void Options_BindFromTheTelegramSection()
    {
        var options = Build(new() { ["RoadmapBot:Telegram:Token"] = "123:abc_DEF-9", ["RoadmapBot:Telegram:ApiBaseUrl"] = "http://127.0.0.1:8081" });

        Assert.Equal(("123:abc_DEF-9", "http://127.0.0.1:8081", 30), (options.Token, options.ApiBaseUrl, options.PollTimeoutSeconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("123:has spaces")]
    public void Options_RejectATokenThatCannotBeOne(string token)
    {
        var e = Assert.Throws<OptionsValidationException>(() => Build(new() { ["RoadmapBot:Telegram:Token"] = token }));

        Assert.Contains("Token", string.Join(" ", e.Failures));
        if (token.Length > 0) Assert.DoesNotContain(token, string.Join(" ", e.Failures));
    }

    [Fact]
    public void Options_RejectAnApiBaseUrlThatIsNoUrl()
    {
        Assert.Throws<OptionsValidationException>(() =>
            Build(new() { ["RoadmapBot:Telegram:Token"] = "123:abc", ["RoadmapBot:Telegram:ApiBaseUrl"] = "localhost 8081" }));
    }

    [Theory]
    [InlineData("http://bot.example.org/telegram/webhook", "https://")]
    [InlineData("https://bot.example.org/hook", "/telegram/webhook")]
    [InlineData("https://bot.example.org:8080/telegram/webhook", "443, 80, 88 or 8443")]
    [InlineData("bot.example.org/telegram/webhook", "absolute URL")]
    public void Options_InWebhookMode_RefuseAUrlTelegramWouldNotPostToOrTheProxyCouldNotForward(string url, string named)
    {
        var e = Assert.Throws<OptionsValidationException>(() => Build(new()
        {
            ["RoadmapBot:Telegram:Token"] = "123:abc", ["RoadmapBot:Telegram:Updates"] = "webhook", ["RoadmapBot:Telegram:WebhookUrl"] = url,
        }));

        var failure = Assert.Single(e.Failures);
        Assert.Contains("RoadmapBot:Telegram:WebhookUrl", failure);
        Assert.Contains(named, failure);
    }

    [Fact]
    public void Options_InWebhookMode_SayEveryProblemOfTheUrl_OneEach()
    {
        var e = Assert.Throws<OptionsValidationException>(() => Build(new()
        {
            ["RoadmapBot:Telegram:Token"] = "123:abc", ["RoadmapBot:Telegram:Updates"] = "webhook", ["RoadmapBot:Telegram:WebhookUrl"] = "http://bot.example.org/hook",
        }));

        Assert.Equal(2, e.Failures.Count());
    }

    [Theory]
    [InlineData("https://bot.example.org/telegram/webhook", null)]
    [InlineData("https://bot.example.org:8443/roadmap/telegram/webhook", null)]
    [InlineData("https://bot.example.org:9000/telegram/webhook", "http://127.0.0.1:8081")]  // a self-hosted Bot API server posts to any port
    public void Options_InWebhookMode_AcceptAnHttpsUrlEndingInTheEndpointsPath(string url, string? apiBaseUrl)
    {
        var options = Build(new()
        {
            ["RoadmapBot:Telegram:Token"] = "123:abc", ["RoadmapBot:Telegram:Updates"] = "webhook", ["RoadmapBot:Telegram:WebhookUrl"] = url,
            ["RoadmapBot:Telegram:ApiBaseUrl"] = apiBaseUrl,
        });

        Assert.Equal(url, options.WebhookUrl);
    }

    [Fact]
    public void Options_WhenPolling_LeaveAnUnusedWebhookUrlAlone()
    {
        var options = Build(new() { ["RoadmapBot:Telegram:Token"] = "123:abc", ["RoadmapBot:Telegram:WebhookUrl"] = "http://old.example.org/hook" });

        Assert.False(options.Webhook);
    }

    private static TelegramOptions Build(Dictionary<string, string?> values)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .AddLogging()
            .AddTelegram()
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<TelegramOptions>>().Value;
    }
}
