using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;
using RoadmapBot.Discord;
using RoadmapBot.Host;
using RoadmapBot.Host.Cli;
using RoadmapBot.Telegram;

if (args is ["import", .. var importArgs]) return ImportCli.Run(importArgs, Console.Out, Console.Error);
var settings = new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory };
if (args is ["migrate-data", .. var migrateArgs])
    return await MigrateDataCli.RunAsync(migrateArgs, Host.CreateApplicationBuilder(settings).Configuration, Console.Out, Console.Error);

var (cli, error) = CliArguments.Parse(args);
if (cli is null || cli.Verb is not ("run" or "chat" or "upcoming"))
{
    Console.Error.WriteLine($"error: {error ?? $"unknown command '{cli?.Verb}'"}. Usage: roadmapbot [run|chat|upcoming|import|migrate-data] …");
    return 2;
}

var builder = Host.CreateApplicationBuilder(settings);
builder.AddRoadmapBotHost(cli);
builder.Services.AddConsoleChat(cli, cli.Database ?? builder.Configuration["RoadmapBot:Database"] ?? new RoadmapBotOptions().Database);
// run serves Telegram with its token, Discord with its token and application id, both in one process; with neither, the console chat.
var telegram = builder.Configuration.Has(TelegramOptions.Section, nameof(TelegramOptions.Token));
var discord = builder.Configuration.Has(DiscordOptions.Section, nameof(DiscordOptions.Token), nameof(DiscordOptions.ApplicationId));
if (cli.Verb == "run")
{
    if (telegram) builder.Services.AddTelegram();
    if (discord) builder.Services.AddDiscord();
    if (!telegram && !discord) builder.Services.AddConsoleBot();
    builder.Services.AddReminderScheduling(builder.Configuration[$"{RoadmapBotOptions.Section}:{nameof(RoadmapBotOptions.PostgreSql)}"]);
}

using var host = builder.Build();
try
{
    await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}
catch (OptionsValidationException e)
{
    Console.Error.WriteLine($"error: configuration: {string.Join("; ", e.Failures)}");
    return 2;
}
return cli.Verb switch
{
    "chat" => await host.Services.GetRequiredService<ChatCli>().RunAsync(cli.Messages, CancellationToken.None),
    "upcoming" => await host.Services.GetRequiredService<UpcomingCli>().RunAsync(cli, Console.Out, CancellationToken.None),
    _ => await RunAsync(host),
};

static async Task<int> RunAsync(IHost host)
{
    try
    {
        await host.RunAsync();
    }
    catch (OptionsValidationException e)
    {
        Console.Error.WriteLine($"error: configuration: {string.Join("; ", e.Failures)}");
        return 2;
    }
    return Environment.ExitCode;  // set by an adapter that stopped the app, e.g. a rejected Telegram or Discord token
}
