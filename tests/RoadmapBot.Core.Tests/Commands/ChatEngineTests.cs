using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Tests.Commands;

public sealed class ChatEngineTests
{
    [Fact]
    public async Task UnknownCommand_SuggestsClosest()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.Equal("I don't know /progres. Did you mean /progress? Send /help for all commands.", await bot.SendAsync("/progres"));
    }

    [Fact]
    public async Task CommandWithBotName_IsHandled()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.StartsWith("Commands", await bot.SendAsync("/help@RoadmapBot"));
    }

    [Fact]
    public async Task PlainTextInPrivate_PointsToHelp_AndInGroupIsIgnored()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.Equal("Commands start with a slash: try /help.", await bot.SendAsync("hello"));
        var replies = await bot.Engine.HandleAsync(new ChatMessage(ChatPlatform.Telegram, "g", true, "u", "u", "hello all"), TestContext.Current.CancellationToken);
        Assert.Empty(replies);
    }

    [Fact]
    public async Task TooLongCommand_IsRefused()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.Equal("That message is too long for me: I read up to 4,000 characters.", await bot.SendAsync("/note t1 " + new string('x', 4100)));
        Assert.Equal("That message is too long for me: I read up to 4,000 characters (a roadmap goes with /import).",
            await bot.SendAsync(string.Concat(Enumerable.Repeat("did a lot today ", 300))));
    }

    [Fact]
    public async Task MoreThanTwentyCommandsAMinute_ToldToSlowDownOnce()
    {
        await using var bot = await TestBot.StartAsync();
        for (var i = 0; i < 20; i++)
            Assert.StartsWith("Commands", await bot.SendAsync("/help"));

        var limited = await bot.SendAsync("/help");
        var silent = await bot.Engine.HandleAsync(new ChatMessage(ChatPlatform.Console, "me", false, "me", "me", "/help"), TestContext.Current.CancellationToken);
        var other = await bot.SendAsync("/help", "someone-else");
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        var later = await bot.SendAsync("/help");

        Assert.StartsWith("Slow down a little", limited);
        Assert.Empty(silent);
        Assert.StartsWith("Commands", other);
        Assert.StartsWith("Commands", later);
    }

    [Fact]
    public async Task StorageFailure_RepliesCouldNotSaveWithoutThrowing()
    {
        var directory = Directory.CreateTempSubdirectory().FullName;
        var services = new ServiceCollection()
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(new FakeTimeProvider())
            .AddLogging()
            .AddRoadmapCore(o => o.Database = directory)
            .BuildServiceProvider();
        await using var _ = services;

        var replies = await services.GetRequiredService<Core.Commands.ChatEngine>()
            .HandleAsync(new ChatMessage(ChatPlatform.Console, "me", false, "me", "me", "/today"), TestContext.Current.CancellationToken);

        // A database that cannot be opened is a passing problem (issue 13): the member is told to try again, not that we broke.
        Assert.Equal("I couldn't save that — try again in a minute.", Assert.Single(replies).ToPlainText());
        Directory.Delete(directory);
    }

    [Fact]
    public void EveryCatalogCommand_IsRouted()
    {
        var router = new Core.Commands.CommandRouter(new Core.Verification.HabitVerifier([]));

        Assert.All(Core.Commands.CommandCatalog.All, c => Assert.NotNull(router.Find(c.Verb)));
    }
}
