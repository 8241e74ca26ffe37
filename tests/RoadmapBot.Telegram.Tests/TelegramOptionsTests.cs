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
