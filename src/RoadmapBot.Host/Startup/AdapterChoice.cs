using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Discord;
using RoadmapBot.Host.Cli;
using RoadmapBot.Host.Dashboard;
using RoadmapBot.Host.Http;
using RoadmapBot.Telegram;

namespace RoadmapBot.Host.Startup;

/// <summary>
/// What this process runs: <c>run</c> serves Telegram with its token and Discord with its token and application id, both in one
/// process, with HTTP and reminder scheduling beside them; with neither, or for <c>chat</c> and <c>upcoming</c>, the console.
/// </summary>
public static class AdapterChoice
{
    public static IHostApplicationBuilder Compose(HostApplicationBuilder plain, CliArguments cli)
    {
        var platforms = cli.Verb == "run" ? plain.Configuration.Platforms() : [];
        var http = cli.Verb == "run" ? HttpOptions.ToServe(plain.Configuration[$"{HttpOptions.Section}:{nameof(HttpOptions.Urls)}"], platforms.Count > 0) : null;
        var builder = plain.AddHttpHost(http, platforms);
        builder.AddRoadmapBotHost(cli);
        builder.Services.AddConsoleChat(cli);
        if (cli.Verb != "run")
            return builder;
        if (platforms.Contains(ChatPlatform.Telegram)) builder.Services.AddTelegram();
        if (platforms.Contains(ChatPlatform.Discord)) builder.Services.AddDiscord();
        if (platforms.Count == 0) builder.Services.AddConsoleBot().AddConsoleDashboard();
        builder.Services.AddHostedService(sp => new StartupGarbageRelease(
            sp.GetRequiredService<IHostApplicationLifetime>(), sp.GetRequiredService<TimeProvider>(), StartupGarbageRelease.CollectAggressively));
        builder.Services.AddReminderScheduling(builder.Configuration[$"{RoadmapBotOptions.Section}:{nameof(RoadmapBotOptions.PostgreSql)}"]);
        return builder;
    }
}
